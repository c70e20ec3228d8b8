package employer

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func res() []*rxscan.Regexp {
	return []*rxscan.Regexp{partRe, usStreetRe, landmarkRe, brandRe, legalRe, fieldRe, ntnRe, cinRe, gstinRe,
		numberedRe, claimRe, vagueRe}
}

// TestPrefilteredSameAsRegexp checks that every prefiltered pattern finds
// exactly what the plain regexp finds, on the benchmark advert and on
// random splices of it.
func TestPrefilteredSameAsRegexp(t *testing.T) {
	base := textnorm.New(benchAd).Folded
	texts := []string{base, "", "company: acme", "l12345mh2000plc123456", "27aapfu0939f1zv", "12 main st."}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		var b strings.Builder
		for range 6 {
			i := rng.IntN(len(base))
			b.WriteString(base[i:min(len(base), i+rng.IntN(40))])
		}
		texts = append(texts, b.String())
	}
	for _, re := range res() {
		for _, s := range texts {
			got, want := re.FindAllStringSubmatchIndex(s, -1), re.Std().FindAllStringSubmatchIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%.40s on %q:\n got %v\nwant %v", re, s, got, want)
			}
		}
	}
}

// TestHostileInput runs Extract on long runs of digits, spaces and keyword
// starts. There is no timing assertion: the scan is linear by construction
// (see rxscan's budget); this only proves it finishes.
func TestHostileInput(t *testing.T) {
	for _, s := range []string{strings.Repeat("1", 1<<20), strings.Repeat(" ", 1<<20) + "x", strings.Repeat("12 ", 1<<16),
		strings.Repeat("near ", 1<<14)} {
		Extract(textnorm.New(s), "", contacts.Facts{}, nil)
	}
}
