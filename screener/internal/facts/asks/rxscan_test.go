package asks

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// TestPrefilteredSameAsRegexp checks that every prefiltered pattern finds
// exactly what the plain regexp finds, on the benchmark advert and on
// random splices of it.
func TestPrefilteredSameAsRegexp(t *testing.T) {
	res := []*rxscan.Regexp{warnRe, noFeeRe, feeRe, officialRe, paymentRe, documentRe, dataRe}
	for _, re := range res {
		if !re.Filterable() {
			t.Errorf("%.40s: no prefix filter", re)
		}
	}
	base := textnorm.New(benchAd).Folded
	texts := append([]string{base, "", "fee", " فیس", "no fee", "رجسٹریشن فیس ۱۰۰۰", "\xff fee \xfe"}, rxscan.Splices(base, 300, 3)...)
	if err := rxscan.Verify(res, texts); err != nil {
		t.Fatal(err)
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
