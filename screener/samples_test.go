package screener_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// screenSample screens a bundled sample the way `jobscreen check` does.
func screenSample(t *testing.T, s *screener.Screener, path string) screener.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rep screener.Report
	if strings.HasSuffix(path, ".html") {
		rep, err = s.ScreenHTML(context.Background(), f)
	} else {
		var b []byte
		b, err = os.ReadFile(path)
		if err == nil {
			rep, err = s.Screen(context.Background(), screener.Listing{ID: filepath.Base(path), Body: string(b)})
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// sampleExpect is one row of samples/expect.tsv.
type sampleExpect struct {
	name, label string
	lo, hi      screener.Band
}

// readExpect reads samples/expect.tsv: file, label, min_band, max_band.
func readExpect(t *testing.T) []sampleExpect {
	t.Helper()
	f, err := os.Open("../samples/expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sampleExpect
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 || strings.HasPrefix(cols[0], "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		if len(cols) < 4 {
			t.Fatalf("expect.tsv:%d: want 4 tab-separated columns, got %d", line, len(cols))
		}
		out = append(out, sampleExpect{cols[0], cols[1], screener.Band(cols[2]), screener.Band(cols[3])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSampleBands holds every bundled advert to the band range that
// samples/expect.tsv gives it: scams must not slip to low, honest
// look-alikes must not reach high.
func TestSampleBands(t *testing.T) {
	s := newScreener(t, screener.Options{})
	for _, e := range readExpect(t) {
		t.Run(e.name, func(t *testing.T) {
			rep := screenSample(t, s, filepath.Join("../samples", e.name))
			if r := rep.Band.Rank(); r < e.lo.Rank() || r > e.hi.Rank() {
				var ids []string
				for _, f := range rep.Findings {
					ids = append(ids, f.RuleID)
				}
				t.Errorf("band %s (score %d), want %s..%s; findings: %s", rep.Band, rep.Score, e.lo, e.hi, strings.Join(ids, ", "))
			}
		})
	}
}

// TestEveryIndicatorHasASample keeps the bundled samples honest about
// coverage: every reported scam sign (points > 0) fires on at least one scam
// sample, and every legitimacy sign (points < 0) on at least one honest one.
// Field-only rules key on spreadsheet columns (logo, company profile,
// telecommuting) that a plain-text sample cannot carry; their field examples
// and the eval tests exercise them instead.
func TestEveryIndicatorHasASample(t *testing.T) {
	s := newScreener(t, screener.Options{})
	fired := map[string]map[string]bool{"scam": {}, "honest": {}}
	for _, e := range readExpect(t) {
		if fired[e.label] == nil {
			t.Fatalf("expect.tsv: %s: label %q, want scam or honest", e.name, e.label)
		}
		rep := screenSample(t, s, filepath.Join("../samples", e.name))
		for _, f := range rep.Findings {
			fired[e.label][f.RuleID] = true
		}
	}
	all := s.Rules()
	byID := make(map[string]*rules.Rule, len(all))
	for i := range all {
		byID[all[i].ID] = &all[i]
	}
	for _, r := range all {
		if r.Internal || r.Points == 0 || rules.FieldOnly(&r, byID) {
			continue
		}
		want := "scam"
		if r.Points < 0 {
			want = "honest"
		}
		if !fired[want][r.ID] {
			t.Errorf("rule %s (%s pack, %+d points) fires on no %s sample", r.ID, s.PackOf(r.ID), r.Points, want)
		}
	}
}
