package employer

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// emscadPath is the shared labelled dev file; it is never copied into the
// repository, so the benchmark skips without it.
const emscadPath = "../../../../../shared/data/emscad-dev.csv"

type benchListing struct {
	d *textnorm.Doc
	c contacts.Facts
}

// emscadListings builds the screened text of each EMSCAD row the way
// screener.Listing composes it, with contacts extracted beforehand as the
// engine does.
func emscadListings(b testing.TB) []benchListing {
	f, err := os.Open(emscadPath)
	if err != nil {
		b.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	fields := []struct{ name, label string }{{"title", ""}, {"location", "Location: "}, {"salary_range", "Salary: "},
		{"employment_type", "Employment type: "}, {"required_education", "Education: "}, {"required_experience", "Experience: "},
		{"description", "\n"}, {"requirements", "\nRequirements:\n"}, {"benefits", "\nBenefits:\n"}, {"company_profile", "\nAbout the company:\n"}}
	var out []benchListing
	for _, r := range rows[1:] {
		var sb strings.Builder
		for _, fl := range fields {
			if v := strings.TrimSpace(r[col[fl.name]]); v != "" {
				if sb.Len() > 0 {
					sb.WriteString("\n" + fl.label)
				}
				sb.WriteString(v)
			}
		}
		d := textnorm.New(sb.String())
		out = append(out, benchListing{d, contacts.Extract(d, "")})
	}
	return out
}

// BenchmarkExtractEMSCAD extracts employer facts from every EMSCAD advert;
// the µs/ad metric is the cost per advert of this package alone.
func BenchmarkExtractEMSCAD(b *testing.B) {
	ls := emscadListings(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, l := range ls {
			Extract(l.d, "", l.c, nil)
		}
		n += len(ls)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "µs/ad")
}

// BenchmarkExtractEMSCADPrepared is BenchmarkExtractEMSCAD with each text
// prepared for rxscan first, as Screener.Screen does; Prepare's own cost is
// included.
func BenchmarkExtractEMSCADPrepared(b *testing.B) {
	ls := emscadListings(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, l := range ls {
			p := rxscan.Prepare(l.d.Folded)
			Extract(l.d, "", l.c, nil)
			p.Release()
		}
		n += len(ls)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "µs/ad")
}
