package employer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"

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

// TestWindowsSameAsWholeText checks that running each pattern over the
// lines its cue words mark finds what a scan of the whole text finds.
func TestWindowsSameAsWholeText(t *testing.T) {
	texts := []string{benchAd, "Sharma & Sons LLP, Pune", "Nexa Pvt\nLtd", "Reg. No. 0123456",
		"Company: Acme\nAt Acme, we build.\nJoin the team at Shapeways!", "Office 12\n2nd Floor, Lahore"}
	texts = append(texts, sampleTexts(t)...)
	texts = append(texts, rxscan.Splices(benchAd, 200, 7)...)
	checkWindows(t, texts)
}

// TestWindowsSameOnEMSCAD is TestWindowsSameAsWholeText on every fifth of
// the shared EMSCAD adverts, whose exports glue sentences and lines
// together (all of them take a minute under the race detector; the full set
// passed when this test was written).
func TestWindowsSameOnEMSCAD(t *testing.T) {
	var texts []string
	for i, l := range emscadListings(t) {
		if i%5 == 0 {
			texts = append(texts, l.d.Src)
		}
	}
	checkWindows(t, texts)
}

func checkWindows(t *testing.T, texts []string) {
	t.Helper()
	type pat struct {
		name string
		re   *rxscan.Regexp
		c    cue
		want func(cue) bool
		line bool
	}
	// The patterns run over single sentences (tightWindows), as Extract runs them.
	tight := map[string]bool{"before": true, "vague": true, "part": true, "landmark": true, "brand": true}
	on := func(c cue) func(cue) bool { return func(l cue) bool { return l&c != 0 } }
	pats := []pat{{"legal", legalRe, cueLegal, nil, false}, {"field", fieldRe, cueField, nil, true}, {"profile", profileHeadRe, cueProfile, nil, true},
		{"before", beforeRe, cueBefore | cueIs, beforeCues, false}, {"vague", vagueRe, cueVague | cueVagueNoun | cueClient, vagueLines, false}, {"part", partRe, cuePart, nil, false},
		{"landmark", landmarkRe, cueLandmark, nil, false}, {"brand", brandRe, cueBrand, nil, false}, {"ntn", ntnRe, cueReg, nil, false},
		{"cin", cinRe, cueReg, nil, false}, {"gstin", gstinRe, cueReg, nil, false}, {"numbered", numberedRe, cueReg, nil, false},
		{"bare", bareRe, cueReg, nil, false}, {"claim", claimRe, cueReg, nil, false},
		{"street", usStreetRe, cueStreet | cueNum, func(c cue) bool { return c&cueStreet != 0 && c&cueNum != 0 }, false}}
	for _, text := range texts {
		x := newScan(textnorm.New(text))
		for _, p := range pats {
			if p.want == nil {
				p.want = on(p.c)
			}
			var got [][]int
			switch {
			case !x.has(p.c):
			case p.line:
				got = x.findAll(p.re, x.lineWindows(p.c))
			case tight[p.name]:
				got = x.findAll(p.re, x.tightWindows(p.c, p.want))
			default:
				got = x.findAll(p.re, x.windows(p.c, p.want))
			}
			want := p.re.Std().FindAllStringSubmatchIndex(x.d.Folded, -1)
			if fmt.Sprint(got) != fmt.Sprint(want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("%s on %.60q…: windows %v, whole text %v %q", p.name, text, got, want, x.d.Folded[max(0, want[0][0]-30):min(len(x.d.Folded), want[0][1]+10)])
			}
		}
		// afterRe: every match whose line nameFromProse may use is found.
		got := fmt.Sprint(x.findAll(afterRe, x.tightWindows(cueAfter|cueAt|cueWe|cueAtTeam, afterCues)))
		for _, m := range afterRe.Std().FindAllStringSubmatchIndex(x.d.Folded, -1) {
			if m[6] < 0 || strings.Contains(x.d.Folded[m[0]:], " we") {
				if !strings.Contains(got, fmt.Sprint(m)) && (m[6] < 0 || atWe(x.d.Folded[m[1]:])) {
					t.Errorf("after on %.60q…: %v missed %q", text, m, x.d.Folded[max(0, m[0]-30):min(len(x.d.Folded), m[1]+20)])
				}
			}
		}
	}
}
