package employer

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

type benchListing struct {
	d *textnorm.Doc
	c contacts.Facts
}

// emscadListings builds the screened text of each EMSCAD row the way
// screener.Listing composes it, with contacts extracted beforehand as the
// engine does.
func emscadListings(b testing.TB) []benchListing {
	t := emscadtest.Read(b)
	fields := []struct{ name, label string }{{"title", ""}, {"location", "Location: "}, {"salary_range", "Salary: "},
		{"employment_type", "Employment type: "}, {"required_education", "Education: "}, {"required_experience", "Experience: "},
		{"description", "\n"}, {"requirements", "\nRequirements:\n"}, {"benefits", "\nBenefits:\n"}, {"company_profile", "\nAbout the company:\n"}}
	var out []benchListing
	for _, r := range t.Rows {
		var sb strings.Builder
		for _, fl := range fields {
			if v := strings.TrimSpace(t.Get(r, fl.name)); v != "" {
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
func BenchmarkExtractEMSCAD(b *testing.B) { benchExtractEMSCAD(b, false) }

// BenchmarkExtractEMSCADPrepared is BenchmarkExtractEMSCAD with each text
// prepared for rxscan first, as Screener.Screen does; Prepare's own cost is
// included.
func BenchmarkExtractEMSCADPrepared(b *testing.B) { benchExtractEMSCAD(b, true) }

func benchExtractEMSCAD(b *testing.B, prepare bool) {
	ls := emscadListings(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, l := range ls {
			var p *rxscan.Prepared
			if prepare {
				p = rxscan.Prepare(l.d.Folded)
			}
			Extract(l.d, "", l.c, nil)
			if prepare {
				p.Release()
			}
		}
		n += len(ls)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(n), "µs/ad")
}
