package employer

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func checkSpans(t *testing.T, d *textnorm.Doc, fs ...[]Finding) {
	t.Helper()
	for _, list := range fs {
		for _, f := range list {
			if f.Start < 0 || f.End > len(d.Folded) || f.Start > f.End {
				t.Fatalf("span %v outside folded text of length %d", f.Span, len(d.Folded))
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "(", "Ltd", "Pvt Ltd", "ABC (Pvt) Ltd.", "Join ", "About\n", "Company:",
		"Company: \xff", "NTN 1234567-8", "Licence No. X-1", "Office 1 Lahore near chowk", "Amazon wa.me/1",
		"ÅÉ Group", "İ LLC", "A B C D E F G H Ltd"} {
		f.Add(s, "")
	}
	f.Add("text", "Nexa (Pvt) Ltd")
	f.Fuzz(func(t *testing.T, src, company string) {
		d := textnorm.New(src)
		got := Extract(d, company, contactsWith(d, []string{"nexa.pk", "", "..."}), nil)
		checkSpans(t, d, got.Registrations, got.Vague, got.Address, got.LandmarkOnly, got.Website, got.Brands)
		for _, sp := range []*textnorm.Span{got.NameSpan, got.LegalFormSpan} {
			if sp != nil && (sp.Start < 0 || sp.End > len(d.Folded) || sp.Start > sp.End) {
				t.Fatalf("span %v outside folded text", *sp)
			}
		}
	})
}

func FuzzLoadRegistry(f *testing.F) {
	for _, s := range []string{"", "name\n", "name\nA\n", "name,x\n\"a\n", "company\n\"\"\"\n", "a,b\n1\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		reg, err := LoadRegistry(strings.NewReader(s), "f.csv")
		if err == nil && reg == nil {
			t.Fatal("nil registry without error")
		}
	})
}

var benchAd = strings.Repeat(`Join Nexa Call Solutions (Pvt) Ltd — a PSEB registered software house. SECP Registration No. 0123456, NTN 1234567-8.
Office 12, 3rd Floor, Al-Hafeez Plaza, Gulberg III, Lahore (near Kalma Chowk). We also serve clients of Amazon and Google.
Apply at www.nexacallsolutions.com.pk or hr@nexacallsolutions.com.pk; questions on WhatsApp 0300-1234567.
`, 8)

func BenchmarkExtract(b *testing.B) {
	d := textnorm.New(benchAd)
	c := contactsWith(d, []string{"nexacallsolutions.com.pk"}) // the engine extracts contacts once, before employer
	b.SetBytes(int64(len(benchAd)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(d, "", c, nil)
	}
}
