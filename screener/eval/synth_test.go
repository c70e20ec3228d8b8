package eval

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// synth draws n samples from a known logistic model: each rule fires with
// probability rate, and the label is drawn with probability
// σ(intercept + Σβ). Every second sample repeats the previous one's hits
// and label in the same group, as a repost would.
func synth(n int, beta map[string]float64, intercept, rate float64, seed uint64) []Sample {
	r := rand.New(rand.NewPCG(seed, 1))
	ids := make([]string, 0, len(beta))
	for id := range beta {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]Sample, 0, n)
	for i := 0; len(out) < n; i++ {
		eta := intercept
		var hits []string
		for _, id := range ids {
			if r.Float64() < rate {
				hits = append(hits, id)
				eta += beta[id]
			}
		}
		pos := r.Float64() < 1/(1+math.Exp(-eta))
		g := fmt.Sprintf("g%d", i)
		out = append(out, Sample{ID: fmt.Sprint(len(out)), Group: g, Positive: pos, Rules: hits})
		if i%2 == 1 && len(out) < n {
			out = append(out, Sample{ID: fmt.Sprint(len(out)), Group: g, Positive: pos, Rules: hits})
		}
	}
	return out
}

// manyRules returns a model with k rules of mixed sign and size.
func manyRules(k int) (map[string]float64, []string) {
	beta := map[string]float64{}
	var ids []string
	for j := 0; j < k; j++ {
		id := fmt.Sprintf("r%02d", j)
		beta[id] = float64(j%7-3) * 0.4
		ids = append(ids, id)
	}
	return beta, ids
}

// labelled builds samples from scores and labels.
func labelled(scores []float64, pos []bool) []Sample {
	out := make([]Sample, len(scores))
	for i := range scores {
		out[i] = Sample{ID: fmt.Sprint(i), Score: scores[i], Positive: pos[i]}
	}
	return out
}
