package places

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "Jobs in Dubai", "KK-Park", "u.s.", "age 18-", "passport", "OEP Licence No. 1234/",
		"B-0123/", "دبئی کے لیے", "in the", "\xff\xfe oman", "Free visa + ticket + accommodation",
		"mae\nsot", "b-1/", "ke liye",
	} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, src string) {
		d := textnorm.New(src)
		fs := g.Extract(d, "")
		check := func(sp textnorm.Span) {
			if sp.Start < 0 || sp.End > len(d.Folded) || sp.Start > sp.End {
				t.Fatalf("span %d-%d outside folded text of %d bytes", sp.Start, sp.End, len(d.Folded))
			}
		}
		for _, m := range append(fs.Places, fs.Abroad...) {
			check(m.Span)
		}
		for _, l := range [][]Finding{fs.Promises, fs.PassportAsk, fs.VisitVisa, fs.AgeLimit, fs.LicensedOEP} {
			for _, x := range l {
				check(x.Span)
			}
		}
	})
}

// advert is a ~3 KB listing mixing destinations, promises and traps.
var advert = strings.Repeat(`URGENT!!! Jobs in Dubai, Qatar and Thailand for Pakistani boys and girls.
Data entry and customer support work in Phnom Penh / Sihanoukville, salary $1200.
Free visa + ticket + accommodation, company will bear all expenses. Age 18-30 years.
Visit visa now, work permit after arrival. Send passport copy on WhatsApp.
Our head office in Lahore serves US clients. OEP Licence No. 1234/RWP.
دبئی کے لیے فوری ضرورت
`, 6)

func BenchmarkExtract(b *testing.B) {
	d := textnorm.New(advert)
	g := Default()
	b.SetBytes(int64(len(advert)))
	b.ReportAllocs()
	for b.Loop() {
		g.Extract(d, "")
	}
}
