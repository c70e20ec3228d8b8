package asks

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "fee", "فیس", " فیس", "no fee", "fee Rs", "Rs 500 fee", "beware", "(", ",fee,",
		"رجسٹریشن فیس ۱۰۰۰", "otp otp otp", "refundable", "non-refundable fee", "\xff fee \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := textnorm.New(src)
		got := Extract(d)
		var spans []textnorm.Span
		for _, x := range got.Fees {
			spans = append(spans, x.Span)
		}
		for _, x := range got.Documents {
			spans = append(spans, x.Span)
		}
		for _, list := range [][]Finding{got.Payment, got.Data, got.NoFeeStatement, got.Warnings} {
			for _, x := range list {
				spans = append(spans, x.Span)
			}
		}
		for _, sp := range spans {
			if sp.Start < 0 || sp.End > len(d.Folded) || sp.Start > sp.End {
				t.Fatalf("span %v outside folded text of length %d", sp, len(d.Folded))
			}
		}
	})
}

var benchAd = strings.Repeat(`Urgent hiring! No degree needed. Registration fee Rs. 2,500/- (refundable) jama karwaein via JazzCash to this number.
Send CNIC copy and bank account details on WhatsApp. Training fee 5000 after selection. Koi fees nahi for interns.
Beware of fake job offers; we never ask for your OTP. Application fee Rs. 500 via bank challan (NTS).
`, 9)

func BenchmarkExtract(b *testing.B) {
	d := textnorm.New(benchAd)
	b.SetBytes(int64(len(benchAd)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(d)
	}
}

// TestHostileInput runs Extract on a megabyte of repeated keywords in one
// run-on sentence and of spaces. There is no timing assertion: context is
// read within a fixed window of each hit, so the work is linear; this only
// proves it finishes.
func TestHostileInput(t *testing.T) {
	for _, s := range []string{strings.Repeat("fee ", 1<<18), strings.Repeat("no passport copy, ", 1<<15),
		strings.Repeat(" ", 1<<20) + "fee", strings.Repeat("khabardar\n", 1<<15)} {
		Extract(textnorm.New(s))
	}
}
