package pay

import "math"

// RatesAsOf is the date the default exchange rates describe. They are rough mid-2025
// market rates: good enough to tell "Rs 1 lakh" from "$1,000", not for accounting.
const RatesAsOf = "2025-07"

// defaultRates is USD per one unit of each currency.
var defaultRates = map[string]float64{
	"USD": 1, "USDT": 1,
	"PKR": 1 / 280.0, "INR": 1 / 85.0, "BDT": 1 / 122.0, "LKR": 1 / 300.0, "NPR": 1 / 136.0,
	"AED": 1 / 3.6725, "SAR": 1 / 3.75, "QAR": 1 / 3.64, "OMR": 2.60, "BHD": 2.65, "KWD": 3.27,
	"PHP": 1 / 57.0, "THB": 1 / 34.0, "MYR": 1 / 4.25, "SGD": 1 / 1.29, "IDR": 1 / 16300.0,
	"VND": 1 / 26000.0, "KHR": 1 / 4010.0, "LAK": 1 / 21600.0,
	"MMK": 1 / 2100.0, // the official rate; the street rate in 2025 was roughly double
	"NGN": 1 / 1550.0, "EGP": 1 / 49.5, "CNY": 1 / 7.18,
	"EUR": 1.15, "GBP": 1.35, "AUD": 0.65, "CAD": 0.73, "NZD": 0.60, "HKD": 1 / 7.85,
}

// DefaultRates returns the static exchange table as USD per unit of each currency,
// dated RatesAsOf. The map is a fresh copy: callers may change it to override rates.
// "RS" is absent on purpose: resolve it with ResolveCurrency first.
func DefaultRates() map[string]float64 {
	out := make(map[string]float64, len(defaultRates))
	for k, v := range defaultRates {
		out[k] = v
	}
	return out
}

// Convert converts amount from one currency to another using rates (USD per unit; nil
// means DefaultRates). It reports false when either currency has no usable rate or the
// amount is not a finite non-negative number.
func Convert(amount float64, from, to string, rates map[string]float64) (float64, bool) {
	if amount < 0 || math.IsNaN(amount) || math.IsInf(amount, 0) {
		return 0, false
	}
	if from == to && from != "" {
		return amount, true
	}
	if rates == nil {
		rates = defaultRates
	}
	rf, rt := rates[from], rates[to]
	if !usableRate(rf) || !usableRate(rt) {
		return 0, false
	}
	out := amount * rf / rt
	if math.IsInf(out, 0) || math.IsNaN(out) {
		return 0, false
	}
	return out, true
}

// ResolveCurrency settles the generic rupee "RS" once the country is known: Pakistan,
// India, Sri Lanka and Nepal all write "Rs". Any other combination is returned unchanged.
func ResolveCurrency(cur, countryISO2 string) string {
	if cur != "RS" {
		return cur
	}
	switch countryISO2 {
	case "PK", "pk":
		return "PKR"
	case "IN", "in":
		return "INR"
	case "LK", "lk":
		return "LKR"
	case "NP", "np":
		return "NPR"
	}
	return cur
}

func usableRate(r float64) bool { return r > 0 && !math.IsInf(r, 0) && !math.IsNaN(r) }
