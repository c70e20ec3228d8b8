package eval

import (
	"math"
	"reflect"
	"testing"
)

// truth is the model the synthetic data is drawn from, in log-odds.
var truth = map[string]float64{"fee": 2, "whatsapp": 1, "registered": -1.5, "noise": 0, "night": 0.8}

func ruleIDs(m map[string]float64) []string {
	var ids []string
	for id := range m {
		ids = append(ids, id)
	}
	return ids
}

func TestFitPointsRecoversWeights(t *testing.T) {
	s := synth(8000, truth, -0.5, 0.3, 7)
	fit := FitPoints(s, ruleIDs(truth), FitOptions{L2: 0.1})
	if !fit.Converged {
		t.Fatalf("did not converge in %d sweeps", fit.Iter)
	}
	for id, b := range truth {
		t.Run(id, func(t *testing.T) {
			got, want := float64(fit.Points[id]), 10*b
			if math.Abs(got-want) > 3 {
				t.Errorf("points = %v, want %v ± 3", got, want)
			}
			if want != 0 && math.Signbit(got) != math.Signbit(want) {
				t.Errorf("points = %v has the wrong sign", got)
			}
		})
	}
	// The intercept −0.5 is the log-odds of an advert without findings.
	if !near(fit.Offset, 5, 3) {
		t.Errorf("offset = %v, want about 5", fit.Offset)
	}
}

func TestFitPointsBounds(t *testing.T) {
	s := synth(4000, truth, -0.5, 0.3, 8)
	o := FitOptions{Bounds: map[string]Bound{
		"fee":        {Min: 0, Max: 10},    // true 20: the cap must bind exactly
		"whatsapp":   {Min: -40, Max: 0},   // a scam sign forced to be legitimacy
		"registered": {Min: 0, Max: 40},    // a legitimacy sign forced to be a scam sign
		"night":      {Min: 2.5, Max: 3.5}, // true 8: the only whole point inside
	}}
	fit := FitPoints(s, ruleIDs(truth), o)
	tests := []struct {
		id   string
		want int
	}{{"fee", 10}, {"whatsapp", 0}, {"registered", 0}, {"night", 3}}
	for _, tt := range tests {
		if got := fit.Points[tt.id]; got != tt.want {
			t.Errorf("%s = %d, want %d", tt.id, got, tt.want)
		}
	}
}

func TestFitPointsFalseAlarmWeight(t *testing.T) {
	s := synth(3000, truth, -0.5, 0.3, 9)
	falseAlarms := func(w float64) int {
		fit := FitPoints(s, ruleIDs(truth), FitOptions{L2: 0.1, FalseAlarmWeight: w})
		return Evaluate(Rescore(s, fit.Points, fit.Offset, 10), 0, map[string]float64{"high": 50}).Confusion.FP
	}
	plain, wary := falseAlarms(1), falseAlarms(4)
	if wary >= plain {
		t.Errorf("false alarms at 50: %d with weight 4, %d with weight 1; want fewer", wary, plain)
	}
}

// TestFitPointsPrevalence checks the offset shift against the formula:
// moving from the training mix π to prevalence ρ moves the offset by
// −Scale·(logit ρ − logit π) and changes nothing else.
func TestFitPointsPrevalence(t *testing.T) {
	s := synth(2000, truth, -0.5, 0.3, 10)
	pos, _ := classCounts(s)
	pi := float64(pos) / float64(len(s))
	base := FitPoints(s, ruleIDs(truth), FitOptions{L2: 0.1})
	at := FitPoints(s, ruleIDs(truth), FitOptions{L2: 0.1, Prevalence: 0.0484})
	if !reflect.DeepEqual(base.Points, at.Points) {
		t.Errorf("points changed with prevalence: %v vs %v", base.Points, at.Points)
	}
	want := base.Offset - 10*(logit(0.0484)-logit(pi))
	if !near(at.Offset, want, 1e-9) {
		t.Errorf("offset = %v, want %v", at.Offset, want)
	}
}

func TestFitPointsDeterministic(t *testing.T) {
	s := synth(500, truth, -0.5, 0.3, 11)
	a := FitPoints(s, ruleIDs(truth), FitOptions{L2: 0.25})
	b := FitPoints(s, ruleIDs(truth), FitOptions{L2: 0.25})
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two fits differ: %+v vs %+v", a, b)
	}
}

func TestFitPointsOneClass(t *testing.T) {
	s := []Sample{{Positive: true, Rules: []string{"fee"}}, {Positive: true}}
	fit := FitPoints(s, []string{"fee", "registered"},
		FitOptions{Prevalence: 0.0484, Bounds: map[string]Bound{"registered": {Min: -40, Max: -5}}})
	if fit.Note == "" || math.IsNaN(fit.Offset) || math.IsInf(fit.Offset, 0) {
		t.Errorf("fit = %+v, want a note and a finite offset", fit)
	}
	if fit.Points["fee"] != 0 || fit.Points["registered"] != -5 {
		t.Errorf("points = %v, want each rule at its bound nearest 0", fit.Points)
	}
}

func TestRescore(t *testing.T) {
	in := []Sample{
		{ID: "a", Rules: []string{"fee", "registered", "fee", "unknown"}, Score: 99},
		{ID: "b"},
	}
	out := Rescore(in, map[string]int{"fee": 20, "registered": -10}, 30, 10)
	tests := []struct {
		points int
		score  float64
	}{
		{10, 12}, // 100σ(−2) = 11.92; "fee" twice counts once
		{0, 5},   // 100σ(−3) = 4.74: the screener's score with no findings
	}
	for i, tt := range tests {
		if out[i].Points != tt.points || out[i].Score != tt.score {
			t.Errorf("%s: points %d score %v, want %d %v", out[i].ID, out[i].Points, out[i].Score, tt.points, tt.score)
		}
	}
	if in[0].Score != 99 {
		t.Error("Rescore changed its input")
	}
}

func TestCrossValidate(t *testing.T) {
	beta, ids := manyRules(20)
	s := synth(1200, beta, -0.3, 0.15, 12)
	m, out := CrossValidate(s, ids, 5, 1, FitOptions{L2: 0.25, Prevalence: 0.0484}, 0.0484,
		map[string]float64{"medium": 40, "high": 70})
	// The model's own AUC on fresh data from the same source bounds what
	// the fitted points can reach; they should come close.
	fresh := synth(4000, beta, -0.3, 0.15, 13)
	truePts := map[string]int{}
	for id, b := range beta {
		truePts[id] = int(math.Round(10 * b))
	}
	ceiling := Evaluate(Rescore(fresh, truePts, 0, 10), 0.0484, nil).ROCAUC
	if m.ROCAUC < ceiling-0.05 || m.ROCAUC > ceiling+0.03 {
		t.Errorf("cross-validated AUC %.3f, want near the true model's %.3f", m.ROCAUC, ceiling)
	}
	for i := range s {
		if out[i].ID != s[i].ID {
			t.Fatalf("sample %d is %s, want input order", i, out[i].ID)
		}
	}
	assertNoNaN(t, m)
}

func BenchmarkFitPoints(b *testing.B) {
	beta, ids := manyRules(80)
	s := synth(700, beta, -1, 0.08, 14)
	o := FitOptions{L2: 0.25}
	b.ResetTimer()
	for b.Loop() {
		FitPoints(s, ids, o)
	}
}
