package eval

import (
	"math"
	"sort"
)

// Sample is one labelled listing as the screener saw it.
type Sample struct {
	// ID names the listing in reports; it plays no part in the arithmetic.
	ID string `json:"id"`
	// Group is the near-duplicate group key (see GroupKey): samples that
	// share it always land in the same fold. Empty means a group of one.
	Group string `json:"group,omitempty"`
	// Positive is the label: true for a scam.
	Positive bool `json:"positive"`
	// Score is the 0–100 score being evaluated.
	Score float64 `json:"score"`
	// Points is the summed points behind Score.
	Points int `json:"points"`
	// Rules holds the ids of the rules that fired.
	Rules []string `json:"rules,omitempty"`
}

// Rescore applies points to the rule hits of samples and returns new
// samples with Points = Σ points and Score = 100σ((Points-offset)/scale),
// rounded to a whole number exactly as the screener rounds it, so that a
// threshold means the same here as in a report. A rule id listed twice in a
// sample counts once, because the screener reports each rule at most once
// and FitPoints treats hits as binary. Unknown rules carry no points. The
// input is not modified.
func Rescore(samples []Sample, points map[string]int, offset, scale float64) []Sample {
	out := make([]Sample, len(samples))
	for i, s := range samples {
		s.Rules = append([]string(nil), s.Rules...)
		p := 0
		for _, id := range uniqueRules(s.Rules) {
			p += points[id]
		}
		s.Points = p
		s.Score = ScoreOf(p, offset, scale)
		out[i] = s
	}
	return out
}

// ScoreOf is the screener's score curve: 100σ((points-offset)/scale),
// rounded. A non-positive scale is taken as 10, the screener's default,
// rather than dividing by zero.
func ScoreOf(points int, offset, scale float64) float64 {
	if scale <= 0 {
		scale = DefaultScale
	}
	return math.Round(100 * sigmoid((float64(points)-offset)/scale))
}

// DefaultScale is the screener's default number of points per unit of
// log-odds.
const DefaultScale = 10.0

// sigmoid is the logistic function, written so that neither tail overflows.
func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// logit is the inverse of sigmoid.
func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// uniqueRules returns the distinct ids of rules in sorted order; sorting
// keeps every sum over them in the same order from run to run.
func uniqueRules(rules []string) []string {
	u := append([]string(nil), rules...)
	sort.Strings(u)
	n := 0
	for i, id := range u {
		if i == 0 || id != u[n-1] {
			u[n] = id
			n++
		}
	}
	return u[:n]
}

// classCounts returns the numbers of positive and negative samples.
func classCounts(samples []Sample) (pos, neg int) {
	for _, s := range samples {
		if s.Positive {
			pos++
		} else {
			neg++
		}
	}
	return pos, neg
}
