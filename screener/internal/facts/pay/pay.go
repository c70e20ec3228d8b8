package pay

import (
	"math"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Period is the unit of time a pay figure is quoted per.
type Period string

// The periods a figure can be quoted per. Task is a piece rate (per task, call, order,
// form, lead, sale, ad or review), which is itself a scam signal and has no monthly value.
const (
	Unknown Period = ""
	Hour    Period = "hour"
	Day     Period = "day"
	Week    Period = "week"
	Month   Period = "month"
	Year    Period = "year"
	Task    Period = "task"
)

// Month factors. South-Asian and Gulf payrolls count a full-time month as 26
// working days of 8 hours; payrolls in dollars, pounds and euros count a
// five-day, 40-hour week, 52/12 weeks a month (173.3 hours, 21.7 days), the
// same convention the country table's hourly minimums use. A month is 52/12
// ≈ 4.33 weeks everywhere.
const (
	hoursPerMonth     = 8 * 26
	daysPerMonth      = 26
	hoursPerMonth5Day = 40 * 52 / 12.0
	daysPerMonth5Day  = 5 * 52 / 12.0
	weeksPerMonth     = 4.33
)

// fiveDayWeek lists the currencies whose hourly and daily rates are counted
// over a five-day week.
var fiveDayWeek = map[string]bool{"USD": true, "GBP": true, "EUR": true, "CAD": true, "AUD": true, "NZD": true}

// Pay is one pay figure found in an advert.
type Pay struct {
	Start, End int    // byte span of the whole pay expression: qualifier/currency through period
	Currency   string // ISO 4217 code; "RS" when only "rs"/"rupees" was written and the country is unknown
	Min, Max   float64
	Period     Period

	// MonthlyMin and MonthlyMax are Min and Max per month; 0 for piece rates and for
	// figures whose period is unknown and cannot be inferred.
	MonthlyMin, MonthlyMax float64

	UpTo, From, Plus bool // "up to X"/"X tak", "starting from X", "X+"/"above X"

	Guaranteed     bool // "guaranteed", "fixed", "pakki" near the figure
	Commission     bool // "+ commission/incentives/bonus"
	CommissionOnly bool // "commission only", "commission-based"

	// Confidence is how sure the parser is that this is pay: high with a currency and a
	// period, lower for bare numbers that only sit after a pay word, lower again when the
	// monthly figure was inferred.
	Confidence float64
}

// Monthly returns the best single monthly figure: the upper bound for "up to" offers
// (that is the number the advert wants the reader to remember), otherwise the midpoint
// of the range. It is 0 when no monthly figure is known.
func (p Pay) Monthly() float64 {
	if p.UpTo {
		return p.MonthlyMax
	}
	return (p.MonthlyMin + p.MonthlyMax) / 2
}

// Text returns the bytes of text the figure was found in. It is a convenience for
// evidence and tests; it returns "" when the span does not fit text.
func (p Pay) Text(text string) string {
	if p.Start < 0 || p.End > len(text) || p.Start > p.End {
		return ""
	}
	return text[p.Start:p.End]
}

// Find returns every pay figure in text, sorted by Start and non-overlapping. text is
// expected to be folded (NFKC, lower case); spans are byte offsets into it.
func Find(text string) []Pay { return find(text, nil) }

// FindDoc is Find(d.Folded) for a caller that holds the Doc: the words
// that are whole tokens of d take their lexicon entry by Token.ID, a bit
// test and an index instead of a string hash per word.
func FindDoc(d *textnorm.Doc) []Pay {
	if d == nil {
		return nil
	}
	return find(d.Folded, d.Tokens)
}

func find(text string, docToks []textnorm.Token) []Pay {
	if text == "" {
		return nil
	}
	s := newScanner(text, docToks)
	var out []Pay
	for i := 0; i < len(s.toks); i++ {
		if !s.canStart(i) {
			continue
		}
		e, ok := s.parseAt(i)
		if !ok {
			continue
		}
		out = append(out, s.toPay(&e))
		s.floor = e.last + 1
		i = e.last
	}
	s.applyDocContext(out)
	s.release()
	return out
}

// perMonth converts an amount in currency cur quoted per p to a monthly amount; ok is
// false when there is no sensible monthly value (piece rates, unknown periods).
func perMonth(v float64, p Period, cur string) (float64, bool) {
	hours, days := float64(hoursPerMonth), float64(daysPerMonth)
	if fiveDayWeek[cur] {
		hours, days = hoursPerMonth5Day, daysPerMonth5Day
	}
	switch p {
	case Hour:
		return round2(v * hours), true
	case Day:
		return round2(v * days), true
	case Week:
		return round2(v * weeksPerMonth), true
	case Month:
		return v, true
	case Year:
		return round2(v / 12), true
	}
	return 0, false
}

// round2 keeps amounts to cents so that 4.33-week months and decimal lakhs compare
// cleanly in tests and reports.
func round2(v float64) float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	return math.Round(v*100) / 100
}
