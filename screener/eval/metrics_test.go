package eval

import (
	"math"
	"testing"
)

const eps = 1e-9

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestROCAUC(t *testing.T) {
	T, F := true, false
	tests := []struct {
		name   string
		scores []float64
		pos    []bool
		want   float64
	}{
		{"perfectly separated", []float64{9, 8, 2, 1}, []bool{T, T, F, F}, 1},
		{"reversed", []float64{1, 2, 8, 9}, []bool{T, T, F, F}, 0},
		{"all tied", []float64{5, 5, 5, 5, 5}, []bool{T, F, T, F, F}, 0.5},
		// Pairs won: 0.9 beats 3, 0.8 beats 3, 0.6 beats 2 → 8 of 9.
		{"textbook", []float64{.9, .8, .7, .6, .5, .4}, []bool{T, T, F, T, F, F}, 8.0 / 9},
		// 0.8 beats both; 0.5 ties 0.5 (half) and beats 0.3 → 3.5 of 4.
		{"tie counts half", []float64{.8, .5, .5, .3}, []bool{T, T, F, F}, 3.5 / 4},
		{"NaN ranks lowest", []float64{math.NaN(), 1, 2}, []bool{T, F, T}, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Evaluate(labelled(tt.scores, tt.pos), 0.05, nil).ROCAUC
			if !near(got, tt.want, eps) {
				t.Errorf("ROC-AUC = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAveragePrecision(t *testing.T) {
	T, F := true, false
	tests := []struct {
		name       string
		scores     []float64
		pos        []bool
		prevalence float64
		want       float64
		wantAtPrev float64
	}{
		// Ranked P N P N P: precision 1/1, 2/3, 3/5 at each scam found.
		// At 10% prevalence w = (0.9/0.1)·(3/2) = 13.5, so the precisions
		// become 1, 2/(2+13.5), 3/(3+27).
		{"worked example", []float64{5, 4, 3, 2, 1}, []bool{T, F, T, F, T}, 0.1,
			(1 + 2.0/3 + 3.0/5) / 3, (1 + 2/15.5 + 0.1) / 3},
		// The tie at 3 enters at once: precision 1/2 at recall 1/2, then
		// 2/3 at recall 1. At 50% prevalence w = (0.5/0.5)·(2/1) = 2, so
		// the precisions become 1/(1+2) and 2/(2+2).
		{"tie enters together", []float64{3, 3, 1}, []bool{T, F, T}, 0.5,
			0.5*0.5 + 0.5*2.0/3, 0.5/3 + 0.5*2.0/4},
		{"perfect", []float64{3, 2, 1}, []bool{T, T, F}, 0.01, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Evaluate(labelled(tt.scores, tt.pos), tt.prevalence, nil)
			if !near(m.PRAUC, tt.want, eps) {
				t.Errorf("PR-AUC = %v, want %v", m.PRAUC, tt.want)
			}
			if !near(m.PRAUCAtPrevalence, tt.wantAtPrev, eps) {
				t.Errorf("PR-AUC at prevalence = %v, want %v", m.PRAUCAtPrevalence, tt.wantAtPrev)
			}
		})
	}
}

func TestThresholdStats(t *testing.T) {
	T, F := true, false
	s := labelled([]float64{90, 80, 75, 50, 45, 10}, []bool{T, F, T, F, T, F})
	m := Evaluate(s, 0.1, map[string]float64{"medium": 40, "high": 70})
	if len(m.Thresholds) != 2 || m.Thresholds[0].Name != "medium" {
		t.Fatalf("thresholds = %+v, want medium then high", m.Thresholds)
	}
	hi := m.Thresholds[1]
	// At ≥70: TP 2 (90, 75), FP 1 (80), TN 2, FN 1.
	if want := (Confusion{TP: 2, FP: 1, TN: 2, FN: 1}); hi.Confusion != want || m.Confusion != want {
		t.Errorf("confusion = %+v / %+v, want %+v", hi.Confusion, m.Confusion, want)
	}
	// w = 9·(3/3) = 9; precision at 10% = 2/(2+9) — also
	// recall·p/(recall·p + FPR·(1−p)) = (2/3·0.1)/(2/3·0.1 + 1/3·0.9).
	checks := []struct {
		name      string
		got, want float64
	}{
		{"precision", hi.Precision, 2.0 / 3},
		{"precision at prevalence", hi.PrecisionAtPrevalence, 2.0 / 11},
		{"same by Bayes", hi.PrecisionAtPrevalence, (2.0 / 3 * 0.1) / (2.0/3*0.1 + 1.0/3*0.9)},
		{"recall", hi.Recall, 2.0 / 3},
		{"F1", hi.F1, 2.0 / 3},
		{"FPR", hi.FPR, 1.0 / 3},
		{"negative weight", m.NegativeWeight, 9},
	}
	for _, c := range checks {
		if !near(c.got, c.want, eps) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if m.ConfusionAt != "high" {
		t.Errorf("confusion at %q, want high", m.ConfusionAt)
	}
}

func TestRecallAtFPR(t *testing.T) {
	var scores []float64
	var pos []bool
	for i := 0; i < 100; i++ { // honest adverts score 0..99
		scores, pos = append(scores, float64(i)), append(pos, false)
	}
	for i := 0; i < 5; i++ { // half the scams above every honest advert,
		scores, pos = append(scores, 200, 97.5), append(pos, true, true) // half just under the top two
	}
	m := Evaluate(labelled(scores, pos), 0.05, nil)
	tests := []struct {
		label      string
		recall     float64
		fpr, score float64
	}{
		{"1%", 0.5, 0, 200}, // 99 would add a false alarm but no recall
		{"5%", 1, 0.02, 97.5},
	}
	for i, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			got := m.RecallAtFPR[i]
			if got.Label != tt.label || got.Recall != tt.recall || got.FPR != tt.fpr || got.Score != tt.score {
				t.Errorf("got %+v, want recall %v fpr %v at %v", got, tt.recall, tt.fpr, tt.score)
			}
		})
	}
}

func TestEvaluateDegenerate(t *testing.T) {
	tests := []struct {
		name    string
		samples []Sample
	}{
		{"empty", nil},
		{"only scams", labelled([]float64{1, 2}, []bool{true, true})},
		{"only honest", labelled([]float64{1, 2}, []bool{false, false})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Evaluate(tt.samples, 0.05, map[string]float64{"high": 1})
			if len(m.Notes) == 0 {
				t.Error("no note explains the undefined figures")
			}
			assertNoNaN(t, m)
		})
	}
}

// assertNoNaN fails if any figure of m is NaN.
func assertNoNaN(t *testing.T, m Metrics) {
	t.Helper()
	xs := []float64{m.ROCAUC, m.PRAUC, m.PRAUCAtPrevalence, m.Prevalence, m.NegativeWeight}
	for _, p := range m.RecallAtFPR {
		xs = append(xs, p.Recall, p.FPR, p.Score)
	}
	for _, s := range m.Thresholds {
		xs = append(xs, s.Precision, s.PrecisionAtPrevalence, s.Recall, s.F1, s.FPR)
	}
	for i, x := range xs {
		if math.IsNaN(x) {
			t.Fatalf("figure %d is NaN in %+v", i, m)
		}
	}
}
