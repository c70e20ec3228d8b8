package screener_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// extraPack is a pack with one rule whose phrase is made of words no other
// rule or lexicon has, so compiling it meets them for the first time.
func extraPack(t *testing.T, n int) rules.Pack {
	t.Helper()
	y := fmt.Sprintf(`pack: concurrent%d
description: a pack compiled while other Screeners screen
rules:
  - id: zq-concurrent-%d
    title: Concurrent compile test
    group: process
    severity: low
    points: 5
    why: a test rule
    advice: nothing to do
    refs: [a, b, c]
    phrases:
      - "zqvorpal%dings glimmerquoth%d"
    examples:
      match: ["zqvorpal%dings glimmerquoth%d", "x zqvorpal%dings glimmerquoth%d", "zqvorpal%dings glimmerquoth%d y"]
      no_match: ["zqvorpal%dings", "glimmerquoth%d", "no zqvorpal%dings here"]
`, n, n, n, n, n, n, n, n, n, n, n, n, n)
	p, err := rules.Parse([]byte(y), fmt.Sprintf("concurrent%d.yaml", n))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNewWhileScreening compiles Screeners (new rule words, new registered
// companies) while other Screeners screen listings full of words nobody met
// before, so the vocabulary grows, publishes snapshots and hands out ids
// from both sides at once. A rule compiled after listings used its words
// must still fire on them. Run with -race.
func TestNewWhileScreening(t *testing.T) {
	base := newScreener(t, screener.Options{})
	want, err := base.Screen(context.Background(), screener.Listing{Body: lakhAd})
	if err != nil {
		t.Fatal(err)
	}
	const rounds = 12
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				// Every rule's words, in listings screened before and while
				// the rules compile.
				body := fmt.Sprintf("%s\nzqvorpal%dings glimmerquoth%d blorptastic%dx%d",
					lakhAd, i%rounds, i%rounds, g, i)
				rep, err := base.Screen(context.Background(), screener.Listing{Body: body})
				if err != nil || rep.Score < want.Score {
					t.Errorf("screen while compiling: score %d (want ≥ %d), %v", rep.Score, want.Score, err)
					return
				}
			}
		}()
	}
	for n := range rounds {
		s, err := screener.New(screener.Options{
			ExtraPacks:          []rules.Pack{extraPack(t, n)},
			RegisteredCompanies: []string{fmt.Sprintf("Zqfrobnitz%d Traders (Pvt) Ltd", n)},
		})
		if err != nil {
			close(stop)
			wg.Wait()
			t.Fatalf("New: %v", err)
		}
		body := fmt.Sprintf("Apply now. ZQVORPAL%dINGS Glimmerquoth%d!", n, n)
		rep, err := s.Screen(context.Background(), screener.Listing{Body: body})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range rep.Findings {
			found = found || f.RuleID == fmt.Sprintf("zq-concurrent-%d", n)
		}
		if !found {
			t.Errorf("rule compiled after listings used its words did not fire on %q", body)
		}
	}
	close(stop)
	wg.Wait()
}
