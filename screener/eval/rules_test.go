package eval

import (
	"math"
	"testing"
)

func TestPerRule(t *testing.T) {
	// Four scams and four honest adverts.
	s := []Sample{
		{Positive: true, Rules: []string{"fee", "fee"}}, // a repeat counts once
		{Positive: true, Rules: []string{"fee"}},
		{Positive: true, Rules: []string{"fee"}},
		{Positive: true},
		{Rules: []string{"fee", "registered"}},
		{Rules: []string{"registered"}},
		{}, {},
	}
	got := PerRule(s, map[string]int{"fee": 20, "registered": -10, "unused": 5})
	// Lift = ((hits₊+0.5)/(4+1)) / ((hits₋+0.5)/(4+1)).
	want := []RuleStats{
		{ID: "fee", Points: 20, HitsPos: 3, HitsNeg: 1, RatePos: 0.75, RateNeg: 0.25, Lift: 3.5 / 1.5},
		{ID: "unused", Points: 5, Lift: 1},
		{ID: "registered", Points: -10, HitsNeg: 2, RateNeg: 0.5, Lift: 0.5 / 2.5},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rules, want %d", len(got), len(want))
	}
	for i, w := range want {
		t.Run(w.ID, func(t *testing.T) {
			g := got[i]
			w.LiftPoints = 10 * math.Log(w.Lift)
			if g.ID != w.ID || g.Points != w.Points || g.HitsPos != w.HitsPos || g.HitsNeg != w.HitsNeg ||
				!near(g.RatePos, w.RatePos, eps) || !near(g.RateNeg, w.RateNeg, eps) ||
				!near(g.Lift, w.Lift, eps) || !near(g.LiftPoints, w.LiftPoints, eps) {
				t.Errorf("got %+v, want %+v", g, w)
			}
		})
	}
}
