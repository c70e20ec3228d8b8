package facts

import (
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// TestPayHighEntryLevel checks that the entry-level limits of pay.high
// leave out senior posts and licensed professions, and that without limits
// the fact still sees their pay.
func TestPayHighEntryLevel(t *testing.T) {
	entry := map[string]any{"min_ratio": 5.4, "max_education": "intermediate", "max_experience": 3}
	years := map[string]any{"min_ratio": 5.4, "max_experience": 3}
	open := map[string]any{"min_ratio": 5.4}
	tests := []struct {
		name, text string
		hints      Hints
		params     map[string]any
		want       bool
	}{
		{"data entry", "Data entry clerk\nEarn $2,000 per week from home, no experience needed.", Hints{}, entry, true},
		{"vp title", "VP of Product\nSalary $250,000 per year.", Hints{}, entry, false},
		{"vp title, experience limit only", "VP of Product\nSalary $250,000 per year.", Hints{}, years, false},
		{"vp title, no limits", "VP of Product\nSalary $250,000 per year.", Hints{}, open, true},
		{"director field", "Product\nExperience: Director\n\nSalary $250,000 per year.", Hints{Experience: "Director"}, entry, false},
		{"nurse", "RN – Med/Surg\n$44–$52/hr. Active Ohio RN license required.", Hints{}, entry, false},
		{"nurse, no limits", "RN – Med/Surg\n$44–$52/hr. Active Ohio RN license required.", Hints{}, open, true},
		{"cdl offered", "Drivers\nEarn $2,000 per week. No CDL? We will help you get one.", Hints{}, entry, true},
		{"driving licence", "Drivers for Dubai\nSalary $2,000 per week. Valid driving licence required.", Hints{}, entry, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Bind(rules.FactTest{Name: "pay.high", Params: tc.params})
			if err != nil {
				t.Fatal(err)
			}
			b := Extract(textnorm.New(tc.text), tc.hints, NewConfig(nil, nil))
			if _, got := f(b); got != tc.want {
				t.Errorf("pay.high %v on %q = %v, want %v (pay %+v, education %+v)", tc.params, tc.text, got, tc.want, b.Pay, b.Edu)
			}
		})
	}
}
