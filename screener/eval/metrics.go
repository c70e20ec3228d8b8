package eval

import (
	"fmt"
	"math"
	"sort"
)

// Metrics summarises how well scores separate scams from honest adverts.
// Every field is a number, never NaN: where a metric is undefined (one
// class missing) it is 0 and Notes says why.
type Metrics struct {
	N         int `json:"n"`
	Positives int `json:"positives"`
	Negatives int `json:"negatives"`
	// ROCAUC is the chance that a random scam outscores a random honest
	// advert, ties counting half. It does not depend on the class mix.
	ROCAUC float64 `json:"roc_auc"`
	// PRAUC is the average precision at the sample's own class mix.
	PRAUC float64 `json:"pr_auc"`
	// PRAUCAtPrevalence is the average precision with false alarms weighted
	// as if scams were Prevalence of all adverts.
	PRAUCAtPrevalence float64 `json:"pr_auc_at_prevalence"`
	// Prevalence is the class mix the re-weighted figures assume.
	Prevalence float64 `json:"prevalence"`
	// NegativeWeight is the weight w each honest advert carries in the
	// re-weighted figures (1 when Prevalence is the sample's own mix).
	NegativeWeight float64 `json:"negative_weight"`
	// RecallAtFPR holds the best recall at each false positive rate in
	// FPRTargets, in that order.
	RecallAtFPR []FPRPoint `json:"recall_at_fpr"`
	// Thresholds holds the statistics at each threshold given, by
	// ascending score, then name.
	Thresholds []ThresholdStats `json:"thresholds"`
	// Confusion is the table at the threshold named ConfusionAt: "high" if
	// given, else the highest threshold.
	Confusion   Confusion `json:"confusion"`
	ConfusionAt string    `json:"confusion_at,omitempty"`
	// Notes explains every figure that could not be computed.
	Notes []string `json:"notes,omitempty"`
}

// FPRTargets are the false positive rates at which RecallAtFPR is
// reported: a screener that bothers one honest employer in a hundred, or
// in twenty.
var FPRTargets = []float64{0.01, 0.05}

// FPRPoint is the best recall reachable without exceeding MaxFPR.
type FPRPoint struct {
	Label  string  `json:"label"` // "1%", "5%"
	MaxFPR float64 `json:"max_fpr"`
	Recall float64 `json:"recall"`
	FPR    float64 `json:"fpr"` // the rate actually reached
	// Score is the threshold that reaches it (flag Score and above); it is
	// meaningful only when Flagged > 0.
	Score   float64 `json:"score"`
	Flagged int     `json:"flagged"`
}

// Confusion counts verdicts against labels at one threshold.
type Confusion struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	TN int `json:"tn"`
	FN int `json:"fn"`
}

// ThresholdStats describes the verdict "scam" for every sample whose score
// is at least Score, the screener's own band rule.
type ThresholdStats struct {
	Name  string  `json:"name"`
	Score float64 `json:"score"`
	Confusion
	Precision float64 `json:"precision"`
	// PrecisionAtPrevalence is TP/(TP + w·FP): the share of flagged adverts
	// that would be scams at Metrics.Prevalence.
	PrecisionAtPrevalence float64 `json:"precision_at_prevalence"`
	Recall                float64 `json:"recall"`
	F1                    float64 `json:"f1"`
	FPR                   float64 `json:"fpr"`
}

// Evaluate measures samples' scores against their labels. prevalence is
// the share of scams in the population the figures should speak for
// (0.0484 for EMSCAD's full set); outside (0, 1) the sample's own mix is
// used and a note says so. thresholds maps band names to scores.
func Evaluate(samples []Sample, prevalence float64, thresholds map[string]float64) Metrics {
	pos, neg := classCounts(samples)
	m := Metrics{N: len(samples), Positives: pos, Negatives: neg}
	m.noteDegenerate(samples)
	m.Prevalence, m.NegativeWeight = m.negativeWeight(prevalence)
	pts := curve(samples)
	m.ROCAUC = zeroNaN(rocAUC(samples))
	m.PRAUC = zeroNaN(averagePrecision(pts, pos, 1))
	m.PRAUCAtPrevalence = zeroNaN(averagePrecision(pts, pos, m.NegativeWeight))
	for _, f := range FPRTargets {
		p := recallAtFPR(pts, pos, neg, f)
		p.Label = fmt.Sprintf("%g%%", 100*f)
		m.RecallAtFPR = append(m.RecallAtFPR, p)
	}
	m.Thresholds = thresholdStats(samples, thresholds, m.NegativeWeight)
	m.setConfusion()
	return m
}

// noteDegenerate records why figures will be zero.
func (m *Metrics) noteDegenerate(samples []Sample) {
	if m.Positives == 0 {
		m.Notes = append(m.Notes, "no positive samples: ROC-AUC, PR-AUC and recall are undefined and reported as 0")
	}
	if m.Negatives == 0 {
		m.Notes = append(m.Notes, "no negative samples: ROC-AUC and false positive rates are undefined and reported as 0")
	}
	nan := 0
	for _, s := range samples {
		if math.IsNaN(s.Score) {
			nan++
		}
	}
	if nan > 0 {
		m.Notes = append(m.Notes, fmt.Sprintf("%d scores were NaN; they rank below every other score and are never flagged", nan))
	}
}

// negativeWeight returns the prevalence used and the weight w that makes
// the weighted positive share equal to it: Npos/(Npos + w·Nneg) = prev, so
// w = ((1-prev)/prev)·(Npos/Nneg).
func (m *Metrics) negativeWeight(prev float64) (float64, float64) {
	if m.Positives == 0 || m.Negatives == 0 {
		return 0, 1
	}
	own := float64(m.Positives) / float64(m.N)
	if !(prev > 0 && prev < 1) {
		m.Notes = append(m.Notes, fmt.Sprintf("prevalence %g is outside (0, 1); the sample's own mix %.4g is used", prev, own))
		return own, 1
	}
	return prev, (1 - prev) / prev * float64(m.Positives) / float64(m.Negatives)
}

// thresholdStats computes the verdict statistics at every threshold, in a
// fixed order so that reports never shuffle.
func thresholdStats(samples []Sample, thresholds map[string]float64, w float64) []ThresholdStats {
	out := make([]ThresholdStats, 0, len(thresholds))
	for name, t := range thresholds {
		out = append(out, statsAt(samples, name, t, w))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score < out[j].Score
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// statsAt computes the statistics of one threshold.
func statsAt(samples []Sample, name string, t, w float64) ThresholdStats {
	st := ThresholdStats{Name: name, Score: t}
	for _, s := range samples {
		flagged := s.Score >= t // false for NaN: never flagged
		switch {
		case flagged && s.Positive:
			st.TP++
		case flagged:
			st.FP++
		case s.Positive:
			st.FN++
		default:
			st.TN++
		}
	}
	st.Precision = weightedPrecision(st.TP, st.FP, 1)
	st.PrecisionAtPrevalence = weightedPrecision(st.TP, st.FP, w)
	st.Recall = ratio(st.TP, st.TP+st.FN)
	st.FPR = ratio(st.FP, st.FP+st.TN)
	if st.Precision+st.Recall > 0 {
		st.F1 = 2 * st.Precision * st.Recall / (st.Precision + st.Recall)
	}
	return st
}

// setConfusion picks the table the summary shows: the "high" band is where
// the screener tells a reader to stop, so its errors matter most.
func (m *Metrics) setConfusion() {
	if len(m.Thresholds) == 0 {
		return
	}
	pick := m.Thresholds[len(m.Thresholds)-1]
	for _, t := range m.Thresholds {
		if t.Name == "high" {
			pick = t
		}
	}
	m.Confusion, m.ConfusionAt = pick.Confusion, pick.Name
}

// ratio is a/b, and 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// zeroNaN maps an undefined figure to 0; Notes carries the reason.
func zeroNaN(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return x
}
