package facts

import (
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// TestAsksParams checks that the kind and handover parameters filter the
// asks findings, with a kind given alone or as a list.
func TestAsksParams(t *testing.T) {
	const ad = "Send your CNIC copy on WhatsApp. Your original passport will remain with the office. " +
		"Pay the registration fee Rs 2,000 via JazzCash. Share the OTP you receive."
	b := Extract(textnorm.New(ad), Hints{}, NewConfig(nil, nil))
	tests := []struct {
		name   string
		params map[string]any
		want   bool
	}{
		{"asks.documents", nil, true},
		{"asks.documents", map[string]any{"kind": "passport", "handover": true}, true},
		{"asks.documents", map[string]any{"kind": "passport", "handover": false}, false},
		{"asks.documents", map[string]any{"kind": []any{"cnic", "aadhaar"}, "handover": false}, true},
		{"asks.documents", map[string]any{"kind": "ssn"}, false},
		{"asks.fee", map[string]any{"kind": "registration", "official": false}, true},
		{"asks.fee", map[string]any{"official": true}, false},
		{"asks.fee", map[string]any{"kind": []any{"visa", "training"}}, false},
		{"asks.payment", map[string]any{"kind": "wallet"}, true},
		{"asks.payment", map[string]any{"kind": []any{"gift-card", "crypto", "wire"}}, false},
		{"asks.data", map[string]any{"kind": "otp"}, true},
		{"asks.data", map[string]any{"kind": "bank"}, false},
	}
	for _, tc := range tests {
		f, err := Bind(rules.FactTest{Name: tc.name, Params: tc.params})
		if err != nil {
			t.Fatal(err)
		}
		if _, got := f(b); got != tc.want {
			t.Errorf("%s %v = %v, want %v", tc.name, tc.params, got, tc.want)
		}
	}
}
