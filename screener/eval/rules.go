package eval

import (
	"math"
	"sort"
)

// RuleStats tells how often one rule fires on scams and on honest adverts.
type RuleStats struct {
	ID      string  `json:"id"`
	Points  int     `json:"points"`
	HitsPos int     `json:"hits_pos"`
	HitsNeg int     `json:"hits_neg"`
	RatePos float64 `json:"rate_pos"` // HitsPos / positives
	RateNeg float64 `json:"rate_neg"` // HitsNeg / negatives
	// Lift is (rate among scams)/(rate among honest adverts), each rate
	// smoothed as (hits+0.5)/(n+1) so that a rule that never fires on one
	// side gets a large but finite lift instead of a division by zero.
	Lift float64 `json:"lift"`
	// LiftPoints is Scale·ln(Lift) at the default scale: the points the
	// rule would earn if it were the only evidence (a naive-Bayes weight),
	// to set beside Points.
	LiftPoints float64 `json:"lift_points"`
}

// PerRule returns the statistics of every rule that is in points or fired
// on some sample, sorted by lift (highest first), then id.
func PerRule(samples []Sample, points map[string]int) []RuleStats {
	pos, neg := classCounts(samples)
	byID := map[string]*RuleStats{}
	get := func(id string) *RuleStats {
		if r, ok := byID[id]; ok {
			return r
		}
		r := &RuleStats{ID: id, Points: points[id]}
		byID[id] = r
		return r
	}
	for id := range points {
		get(id)
	}
	for _, s := range samples {
		for _, id := range uniqueRules(s.Rules) {
			if r := get(id); s.Positive {
				r.HitsPos++
			} else {
				r.HitsNeg++
			}
		}
	}
	out := make([]RuleStats, 0, len(byID))
	for _, r := range byID {
		r.RatePos, r.RateNeg = ratio(r.HitsPos, pos), ratio(r.HitsNeg, neg)
		r.Lift = (float64(r.HitsPos) + 0.5) / float64(pos+1) / ((float64(r.HitsNeg) + 0.5) / float64(neg+1))
		r.LiftPoints = DefaultScale * math.Log(r.Lift)
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Lift != out[j].Lift {
			return out[i].Lift > out[j].Lift
		}
		return out[i].ID < out[j].ID
	})
	return out
}
