package pay

import (
	"math"
	"testing"
)

func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		name     string
		amount   float64
		from, to string
		rates    map[string]float64
		want     float64
		ok       bool
	}{
		{"pkr to usd", 280_000, "PKR", "USD", nil, 1000, true},
		{"usd to inr", 100, "USD", "INR", nil, 8500, true},
		{"aed to pkr", 3.6725, "AED", "PKR", nil, 280, true},
		{"same currency needs no rate", 5, "XYZ", "XYZ", nil, 5, true},
		{"unresolved rs", 100, "RS", "USD", nil, 0, false},
		{"unknown target", 100, "USD", "ZZZ", nil, 0, false},
		{"caller override", 100, "PKR", "USD", map[string]float64{"PKR": 0.01, "USD": 1}, 1, true},
		{"negative amount", -1, "USD", "PKR", nil, 0, false},
		{"nan amount", math.NaN(), "USD", "PKR", nil, 0, false},
		{"bad override rate", 1, "USD", "PKR", map[string]float64{"USD": 1, "PKR": math.Inf(1)}, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Convert(tc.amount, tc.from, tc.to, tc.rates)
			if ok != tc.ok || math.Abs(got-tc.want) > 1e-6*math.Max(1, tc.want) {
				t.Errorf("Convert = %v, %v; want %v, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestDefaultRatesCoverFoundCurrencies(t *testing.T) {
	rates := DefaultRates()
	for _, row := range currencyWords {
		if row.code == "RS" {
			continue
		}
		if rates[row.code] <= 0 {
			t.Errorf("currency %s (%q) has no rate", row.code, row.word)
		}
	}
	for sym, code := range currencySymbols {
		if code != "RS" && rates[code] <= 0 {
			t.Errorf("symbol %q (%s) has no rate", sym, code)
		}
	}
	rates["PKR"] = 1
	if DefaultRates()["PKR"] == 1 {
		t.Error("DefaultRates returned the shared map")
	}
}

func TestResolveCurrency(t *testing.T) {
	for _, tc := range []struct{ cur, country, want string }{
		{"RS", "PK", "PKR"}, {"RS", "IN", "INR"}, {"RS", "LK", "LKR"}, {"RS", "NP", "NPR"},
		{"RS", "AE", "RS"}, {"RS", "", "RS"}, {"USD", "PK", "USD"}, {"", "PK", ""},
	} {
		if got := ResolveCurrency(tc.cur, tc.country); got != tc.want {
			t.Errorf("ResolveCurrency(%q, %q) = %q, want %q", tc.cur, tc.country, got, tc.want)
		}
	}
}

func TestMonthly(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    Pay
		want float64
	}{
		{"midpoint", Pay{MonthlyMin: 50000, MonthlyMax: 70000}, 60000},
		{"up to takes the top", Pay{UpTo: true, MonthlyMax: 150000}, 150000},
		{"unknown", Pay{}, 0},
	} {
		if got := tc.p.Monthly(); got != tc.want {
			t.Errorf("%s: Monthly = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestConfidenceOrdering(t *testing.T) {
	full := Find("salary rs 50,000 per month")[0].Confidence
	cur := Find("rs 50,000")[0].Confidence
	bare := Find("salary 50,000")[0].Confidence
	if !(full > cur && cur > bare) {
		t.Errorf("confidence should fall with less evidence: %v, %v, %v", full, cur, bare)
	}
}

func TestCompanyMoneyHasLowConfidence(t *testing.T) {
	got := Find("the $64 billion industry has raised $6.35m")
	if len(got) != 2 {
		t.Fatalf("got %d figures", len(got))
	}
	for _, p := range got {
		if p.Confidence >= 0.6 {
			t.Errorf("%+v: confidence %v, want < 0.6 for company money", p, p.Confidence)
		}
	}
}
