package pay

import (
	"strings"
	"testing"
)

func TestDefaultCountries(t *testing.T) {
	want := strings.Fields("PK IN PH BD LK NP AE SA QA KW OM BH US GB KH MM TH LA VN MY ID NG EG")
	cs := DefaultCountries()
	if len(cs) != len(want) {
		t.Errorf("got %d countries, want %d", len(cs), len(want))
	}
	rates := DefaultRates()
	for _, code := range want {
		c, ok := cs[code]
		if !ok {
			t.Errorf("missing %s", code)
			continue
		}
		if c.Code != code || c.Name == "" || c.Source == "" || c.AsOf == "" {
			t.Errorf("%s: incomplete row %+v", code, c)
		}
		if c.MinWageMonthly <= 0 || c.EntryMonthly <= 0 {
			t.Errorf("%s: non-positive wages %+v", code, c)
		}
		if _, ok := rates[c.Currency]; !ok {
			t.Errorf("%s: currency %s has no exchange rate", code, c.Currency)
		}
	}
}

func TestCalibrationFacts(t *testing.T) {
	cs := DefaultCountries()
	for _, tc := range []struct {
		code string
		min  float64
	}{{"PK", 37000}, {"IN", 20358}, {"PH", 695 * 26}} {
		if got := cs[tc.code].MinWageMonthly; got != tc.min {
			t.Errorf("%s minimum wage = %v, want %v", tc.code, got, tc.min)
		}
	}
}

func TestDefaultCountriesIsACopy(t *testing.T) {
	a := DefaultCountries()
	a["PK"] = Country{Code: "PK"}
	if DefaultCountries()["PK"].MinWageMonthly != 37000 {
		t.Fatal("changing the returned map changed the defaults")
	}
}
