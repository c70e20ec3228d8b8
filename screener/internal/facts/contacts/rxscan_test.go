package contacts

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func res() []*rxscan.Regexp {
	return []*rxscan.Regexp{maskRe, linkRe, appRe, warnRe, whatsAppMarker, ambiguousBefore, ambiguousAfter, onlyBefore, onlyAfter,
		negRe, notPhoneShape, idLabelBefore, currencyBefore}
}

// TestPrefilteredSameAsRegexp checks that every prefiltered pattern finds
// exactly what the plain regexp finds, on the benchmark advert and on
// random splices of it.
func TestPrefilteredSameAsRegexp(t *testing.T) {
	base := textnorm.New(benchAd).Folded
	texts := []string{base, "", "#phone_ab#", "wa.me/92300", "واٹس ایپ", "t.me/x", "asp.net", "signal imo"}
	rng := rand.New(rand.NewPCG(7, 8))
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

// TestHostileInput runs Extract on a megabyte of digits, of '@' and of
// spaces. There is no timing assertion: every scan is linear by
// construction; this only proves it finishes.
func TestHostileInput(t *testing.T) {
	for _, s := range []string{strings.Repeat("1", 1<<20), strings.Repeat("@", 1<<20), strings.Repeat(" ", 1<<20) + "x",
		strings.Repeat("a.", 1<<16), strings.Repeat("0300-1234567 ", 1<<12)} {
		Extract(textnorm.New(s), "")
	}
}
