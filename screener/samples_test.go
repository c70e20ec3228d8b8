package screener_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// TestSampleBands holds every bundled advert to the band range that
// samples/expect.tsv gives it: scams must not slip to low, honest
// look-alikes must not reach high.
func TestSampleBands(t *testing.T) {
	s := newScreener(t, screener.Options{})
	f, err := os.Open("../samples/expect.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if line == 1 || len(cols) < 4 || strings.HasPrefix(cols[0], "#") {
			continue
		}
		name, lo, hi := cols[0], screener.Band(cols[2]), screener.Band(cols[3])
		t.Run(name, func(t *testing.T) {
			rep := screenSample(t, s, filepath.Join("../samples", name))
			if r := rep.Band.Rank(); r < lo.Rank() || r > hi.Rank() {
				var ids []string
				for _, f := range rep.Findings {
					ids = append(ids, f.RuleID)
				}
				t.Errorf("band %s (score %d), want %s..%s; findings: %s", rep.Band, rep.Score, lo, hi, strings.Join(ids, ", "))
			}
		})
	}
}
