package htmlx

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
)

// salary formats baseSalary or estimatedSalary as "PKR 50,000 - 70,000 per
// month". It accepts a MonetaryAmount (value a number, text or
// QuantitativeValue), a bare number, text, or a list of those.
func salary(v any) string {
	switch v := v.(type) {
	case map[string]any:
		return monetary(v)
	case []any:
		for _, item := range v {
			if s := salary(item); s != "" {
				return s
			}
		}
		return ""
	}
	return amount(v)
}

func monetary(m map[string]any) string {
	unit := plain(m["unitText"])
	var value string
	switch v := m["value"].(type) {
	case map[string]any:
		value = valueRange(v)
		unit = firstNonEmpty(plain(v["unitText"]), unit)
	case nil:
		value = valueRange(m) // minValue/maxValue straight on the MonetaryAmount
	default:
		value = amount(v)
	}
	if value == "" {
		return ""
	}
	if currency := plain(m["currency"]); currency != "" {
		value = currency + " " + value
	}
	if per := perUnit(unit); per != "" {
		value += " per " + per
	}
	return value
}

// valueRange reads a QuantitativeValue. A min-max range wins over value,
// because sites that send both often put a placeholder 0 in value.
func valueRange(m map[string]any) string {
	lo, hi := amount(m["minValue"]), amount(m["maxValue"])
	switch {
	case lo != "" && hi != "" && lo != hi:
		return lo + " - " + hi
	case lo != "" && hi != "":
		return lo
	}
	return firstNonEmpty(amount(m["value"]), amount(m["median"]), lo, hi)
}

// perUnit turns a unitText into the word after "per".
func perUnit(unit string) string {
	switch strings.ToUpper(unit) {
	case "":
		return ""
	case "HOUR", "HOURLY":
		return "hour"
	case "DAY", "DAILY":
		return "day"
	case "WEEK", "WEEKLY":
		return "week"
	case "MONTH", "MONTHLY":
		return "month"
	case "YEAR", "YEARLY", "ANNUAL", "ANNUALLY", "ANNUM":
		return "year"
	}
	return strings.ToLower(unit)
}

// amount formats one salary figure; numbers get thousands separators and
// text that is not a number is kept as written ("Negotiable", "50k").
func amount(v any) string {
	switch v := v.(type) {
	case json.Number:
		return groupDigits(v.String())
	case map[string]any:
		return valueRange(v)
	}
	s := plain(v)
	if numberPattern.MatchString(s) {
		return groupDigits(s)
	}
	return s
}

var numberPattern = regexp.MustCompile(`^[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

// groupDigits writes a decimal number with Western thousands grouping
// ("1234567.5" becomes "1,234,567.5"), keeping the decimals as written.
func groupDigits(s string) string {
	if !numberPattern.MatchString(s) {
		return s
	}
	if strings.ContainsAny(s, "eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f > 1e15 || f < -1e15 {
			return s // absurd figures are shown raw rather than expanded
		}
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	sign := ""
	if s[0] == '-' || s[0] == '+' {
		sign, s = strings.TrimPrefix(s[:1], "+"), s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, d := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}
