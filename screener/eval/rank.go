package eval

import (
	"math"
	"sort"
)

// opPoint is one operating point of a score: everything scoring at least
// Score is called a scam, giving TP true and FP false alarms.
type opPoint struct {
	Score  float64
	TP, FP int
}

// rankScore is the score used for ranking: NaN ranks below everything, so
// a broken score can never look like a confident verdict.
func rankScore(s float64) float64 {
	if math.IsNaN(s) {
		return math.Inf(-1)
	}
	return s
}

// curve returns the operating points at every distinct score, from the
// highest down. Tied samples enter together: a threshold cannot separate
// them, so no metric may pretend it can.
func curve(samples []Sample) []opPoint {
	idx := sortedByScore(samples)
	var pts []opPoint
	tp, fp := 0, 0
	for i, j := range idx {
		if samples[j].Positive {
			tp++
		} else {
			fp++
		}
		s := rankScore(samples[j].Score)
		if i+1 < len(idx) && rankScore(samples[idx[i+1]].Score) == s {
			continue
		}
		pts = append(pts, opPoint{Score: s, TP: tp, FP: fp})
	}
	return pts
}

// sortedByScore returns sample indexes by descending score; ties keep input
// order so results never depend on the sort's internals.
func sortedByScore(samples []Sample) []int {
	idx := make([]int, len(samples))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return rankScore(samples[idx[a]].Score) > rankScore(samples[idx[b]].Score)
	})
	return idx
}

// rocAUC is the Mann-Whitney statistic: the chance that a random scam
// outscores a random honest advert, ties counting half. It uses mid-ranks,
// so it equals the area under the step-free (trapezoidal) ROC curve. It
// returns NaN when either class is empty.
func rocAUC(samples []Sample) float64 {
	pos, neg := classCounts(samples)
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	idx := sortedByScore(samples)
	n := len(idx)
	rankSum := 0.0
	for i := 0; i < n; {
		j := i
		for j < n && rankScore(samples[idx[j]].Score) == rankScore(samples[idx[i]].Score) {
			j++
		}
		// Positions i..j-1 from the top are ranks n-i down to n-j+1 from the
		// bottom; every tied sample gets their mean.
		mid := float64(2*n-i-j+1) / 2
		for _, k := range idx[i:j] {
			if samples[k].Positive {
				rankSum += mid
			}
		}
		i = j
	}
	p, q := float64(pos), float64(neg)
	return (rankSum - p*(p+1)/2) / (p * q)
}

// averagePrecision is the step-wise area under the precision-recall curve:
// Σ (R_k − R_{k−1})·P_k over the operating points. Each false alarm counts
// w times, which re-weights precision to another class mix (w = 1 keeps the
// sample's own). It returns NaN when there is no positive sample.
func averagePrecision(pts []opPoint, pos int, w float64) float64 {
	if pos == 0 {
		return math.NaN()
	}
	ap, prevTP := 0.0, 0
	for _, pt := range pts {
		if pt.TP == prevTP {
			continue
		}
		ap += float64(pt.TP-prevTP) / float64(pos) * weightedPrecision(pt.TP, pt.FP, w)
		prevTP = pt.TP
	}
	return ap
}

// weightedPrecision is TP/(TP + w·FP), and 0 when nothing was flagged: an
// empty verdict has no precision, and 0 keeps reports NaN-free.
func weightedPrecision(tp, fp int, w float64) float64 {
	d := float64(tp) + w*float64(fp)
	if d == 0 {
		return 0
	}
	return float64(tp) / d
}

// recallAtFPR finds the operating point with the best recall whose false
// positive rate stays at or under maxFPR. The empty verdict (nothing
// flagged) is always allowed, so the answer is defined.
func recallAtFPR(pts []opPoint, pos, neg int, maxFPR float64) FPRPoint {
	best := FPRPoint{MaxFPR: maxFPR}
	if pos == 0 || neg == 0 {
		return best
	}
	for _, pt := range pts {
		// A small tolerance so that 1 false alarm in 100 meets "1%".
		if float64(pt.FP) > maxFPR*float64(neg)+1e-9 {
			break // FP only grows as the threshold falls
		}
		if r := float64(pt.TP) / float64(pos); r > best.Recall {
			best.Recall, best.FPR, best.Score = r, float64(pt.FP)/float64(neg), pt.Score
			best.Flagged = pt.TP + pt.FP
		}
	}
	return best
}
