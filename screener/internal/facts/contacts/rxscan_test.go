package contacts

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
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
	res := res()
	base := textnorm.New(benchAd).Folded
	texts := append([]string{base, "", "#phone_ab#", "wa.me/92300", "واٹس ایپ", "t.me/x", "asp.net", "signal imo"}, rxscan.Splices(base, 300, 7)...)
	if err := rxscan.Verify(res, texts); err != nil {
		t.Fatal(err)
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
