package employer

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func res() []*rxscan.Regexp {
	return []*rxscan.Regexp{partRe, usStreetRe, landmarkRe, brandRe, legalRe, fieldRe, ntnRe, cinRe, gstinRe,
		numberedRe, bareRe, claimRe, vagueRe, profileHeadRe, afterRe, beforeRe}
}

// TestPrefilteredSameAsRegexp checks that every prefiltered pattern finds
// exactly what the plain regexp finds, on the benchmark advert and on
// random splices of it.
func TestPrefilteredSameAsRegexp(t *testing.T) {
	res := res()
	base := textnorm.New(benchAd).Folded
	texts := append([]string{base, "", "company: acme", "l12345mh2000plc123456", "27aapfu0939f1zv", "12 main st."}, rxscan.Splices(base, 300, 5)...)
	if err := rxscan.Verify(res, texts); err != nil {
		t.Fatal(err)
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
