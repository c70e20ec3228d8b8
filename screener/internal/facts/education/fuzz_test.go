package education

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "no degree required", "Matric, Inter can apply", "2-3 years experience", "5+ years",
		"تعلیم کی کوئی شرط نہیں", "360-degree", "b.", "a-level", "1.2.3 years exp", "\xff\xfe degree",
		"minimum", "up to", "years", "۲ سال تجربہ",
		"Sr. VP\nExperience: Director", "experience:senior", "\n\nLead", "RN license", "cdl-a",
		"No CDL? We will help you get one.", "help you get", "as a registered nurse", "x\nSeniority level: Executive.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := textnorm.New(src)
		fs := Extract(d)
		for _, e := range fs.Evidence {
			if e.Start < 0 || e.End > len(d.Folded) || e.Start > e.End {
				t.Fatalf("span %d-%d outside folded text of %d bytes", e.Start, e.End, len(d.Folded))
			}
		}
		if fs.MinYears < 0 || fs.MaxYears < 0 {
			t.Fatalf("negative years %v %v", fs.MinYears, fs.MaxYears)
		}
	})
}

func TestExtractNil(t *testing.T) {
	if f := Extract(nil); f.Required != Unknown {
		t.Fatal("nil doc should give empty facts")
	}
}

// advert is a ~3 KB listing mixing the phrasings the extractor reads.
var advert = strings.Repeat(`URGENT HIRING!!! Call centre agents (CSR) for international campaign.
No degree required, Matric / Inter / Graduate can apply. Students can apply, parhai ke sath job.
Freshers welcome, koi tajurba zaroori nahi. Salary 80,000 + commission. Age 18-30 years.
Team leads: Bachelor's degree preferred with 2-3 years of experience. MS Office required.
تعلیم کی کوئی شرط نہیں۔ رابطہ کریں واٹس ایپ پر
`, 7)

func BenchmarkExtract(b *testing.B) {
	d := textnorm.New(advert)
	b.SetBytes(int64(len(advert)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(d)
	}
}
