package asks

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// TestPrefilteredSameAsRegexp checks that every prefiltered pattern finds
// exactly what the plain regexp finds, on the benchmark advert and on
// random splices of it.
func TestPrefilteredSameAsRegexp(t *testing.T) {
	res := []*rxscan.Regexp{warnRe, noFeeRe, feeRe, officialRe, paymentRe, documentRe, dataRe}
	base := textnorm.New(benchAd).Folded
	texts := []string{base, "", "fee", " فیس", "no fee", "رجسٹریشن فیس ۱۰۰۰", "\xff fee \xfe"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		var b strings.Builder
		for range 6 {
			i := rng.IntN(len(base))
			b.WriteString(base[i:min(len(base), i+rng.IntN(40))])
		}
		texts = append(texts, b.String())
	}
	for _, re := range res {
		if !re.Filterable() {
			t.Errorf("%.40s: no prefix filter", re)
		}
		for _, s := range texts {
			got, want := re.FindAllStringSubmatchIndex(s, -1), re.Std().FindAllStringSubmatchIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%.40s on %q:\n got %v\nwant %v", re, s, got, want)
			}
		}
	}
}

// TestHostileInput runs Extract on a megabyte of repeated keywords and of
// spaces. There is no timing assertion: the anchored scan is linear by
// construction (see rxscan's budget); this only proves it finishes.
func TestHostileInput(t *testing.T) {
	for _, s := range []string{strings.Repeat("fee ", 1<<14), strings.Repeat(" ", 1<<20) + "fee", strings.Repeat("no ", 1<<15)} {
		Extract(textnorm.New(s))
	}
}
