package eval

import (
	"math"
	"testing"
)

func TestGarbled(t *testing.T) {
	garbled := []string{
		"we€™re hiring",            // ’ decoded as Windows-1252, its "â" lost
		"weâ€™re hiring",           // the same with the "â" kept
		"€¢ Typing speed 40 wpm",   // a bullet
		"Monday €“ Friday",         // an en dash
		"€œquoted€\u009d",          // curly quotes, the closing one a C1 control
		"Ã©cole normale",           // é
		"salary Â£20,000",          // £
		"Sales\u00c2\u00a0Manager", // a non-breaking space
		"â‚¬500 a month",           // the euro sign itself
	}
	for _, s := range garbled {
		if !Garbled(s) {
			t.Errorf("Garbled(%q) = false, want true", s)
		}
	}
	clean := []string{
		"", "Salary €2,500 a month", "€ 500", "€\u00a0500", "pay in €.", "ends with €",
		"we’re hiring", "café au lait", "NÃO", "São Paulo", "Â", "\xff€\xfe", "Ã",
	}
	for _, s := range clean {
		if Garbled(s) {
			t.Errorf("Garbled(%q) = true, want false", s)
		}
	}
}

func TestSilentFor(t *testing.T) {
	samples := []Sample{
		{ID: "s1", Positive: true, Score: 90, Rules: []string{"fee"}},
		{ID: "s2", Positive: true, Score: 10, Rules: []string{"profile"}, Group: "g"},
		{ID: "s3", Positive: true, Score: 50, Rules: nil, Group: "g"},
		{ID: "s4", Positive: true, Score: 5, Rules: []string{"other"}},
		{ID: "h1", Positive: false, Score: 60, Rules: []string{"fee"}},
		{ID: "h2", Positive: false, Score: 20},
	}
	s := SilentFor(samples, []string{"fee", "profile"}, 40, 0.0484, map[string]float64{"medium": 40})
	if s.Scams != 2 || s.Groups != 2 || s.Flagged != 1 {
		t.Errorf("Scams, Groups, Flagged = %d, %d, %d, want 2, 2, 1", s.Scams, s.Groups, s.Flagged)
	}
	// s1 and s2 rank first; s3 (50) beats h2 only, s4 (5) beats neither:
	// (2·2 + 1 + 0) / (4·2) = 5/8.
	if got := s.Ceiling.ROCAUC; math.Abs(got-5.0/8) > 1e-12 {
		t.Errorf("ceiling ROC-AUC = %v, want 0.625", got)
	}
	if samples[0].Score != 90 || samples[1].Score != 10 {
		t.Error("SilentFor changed its input")
	}
	if got := SilentFor(nil, []string{"fee"}, 40, 0.0484, nil); got.Scams != 0 || got.Groups != 0 {
		t.Errorf("no samples: %+v", got)
	}
}
