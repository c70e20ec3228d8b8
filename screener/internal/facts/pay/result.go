package pay

// Monthly inference bounds: a bare rupee figure is read as a monthly salary only when it
// is in the range a monthly salary can take (below 5,000 it is more likely a fee or a
// daily rate, above a crore it is not a salary).
const (
	inferMin = 5_000
	inferMax = 10_000_000
)

// toPay turns an accepted expression into a Pay.
func (s *scanner) toPay(e *expr) Pay {
	p := Pay{
		Start:      s.toks[e.first].start,
		End:        s.toks[e.last].end,
		Currency:   e.cur,
		Min:        round2(e.lo.val),
		Max:        round2(e.hi.val),
		Period:     e.period,
		UpTo:       e.upTo,
		From:       e.from && !e.isRange,
		Plus:       e.plus,
		Commission: e.commission,
	}
	if p.UpTo && !e.isRange {
		p.Min = 0
	}
	if p.Period == Unknown {
		p.Period = e.lead
	}
	if p.Period == Unknown && (e.ctc || e.pkg && p.Currency == "INR" && p.Max >= 1e5) {
		p.Period = Year // Indian CTC and "package" figures are annual
	}
	if e.lo.lpa || e.hi.lpa {
		p.Period = Year
	}
	if e.ctc && p.Currency == "RS" {
		p.Currency = "INR" // "CTC" is Indian payroll English
	}
	p.Guaranteed, p.CommissionOnly = s.flagsNear(e)
	p.Commission = p.Commission || p.CommissionOnly
	inferred := fillMonthly(&p)
	p.Confidence = confidence(e, p.Period != Unknown && e.period == Unknown, inferred)
	return p
}

// fillMonthly sets the monthly figures and reports whether they were inferred from a
// rupee figure with no period.
func fillMonthly(p *Pay) bool {
	if lo, ok := perMonth(p.Min, p.Period, p.Currency); ok {
		hi, _ := perMonth(p.Max, p.Period, p.Currency)
		p.MonthlyMin, p.MonthlyMax = lo, hi
		return false
	}
	if p.Period == Unknown && inferableCurrency(p.Currency) && p.Max >= inferMin && p.Max <= inferMax {
		p.MonthlyMin, p.MonthlyMax = p.Min, p.Max
		return true
	}
	return false
}

// inferableCurrency: in Pakistani and Indian adverts a salary without a period is a
// monthly salary; elsewhere the period is too often weekly, hourly or annual to guess.
func inferableCurrency(c string) bool { return c == "RS" || c == "PKR" || c == "INR" }

// confidence scores how sure we are the expression is pay. The steps are coarse on
// purpose: consumers compare against thresholds, not exact values.
func confidence(e *expr, leadPeriod, inferred bool) float64 {
	c := 0.45 // a bare figure after a pay word
	switch {
	case e.cur != "" && !e.implied:
		c = 0.8
	case e.implied:
		c = 0.65
	}
	switch {
	case e.period != Unknown:
		c += 0.15
	case leadPeriod:
		c += 0.1
	}
	if e.payBefore {
		c += 0.05
	}
	if e.curAmbig {
		c -= 0.15
	}
	if inferred {
		c -= 0.1
	}
	if e.hi.mult >= 1e6 && !e.payBefore {
		c -= 0.3 // "$40 million invested", "$6.35m raised": company money, not pay
	}
	return round2(min(max(c, 0.05), 0.99))
}

// applyDocContext gives bare figures a currency when the advert is plainly South Asian:
// other figures are in rupees, or it names South-Asian places or is written partly in
// Urdu script. Only then is a bare "salary 50,000" read as a monthly rupee salary.
func (s *scanner) applyDocContext(out []Pay) {
	t := tally(out)
	if !t.bare {
		return
	}
	cur, markers := "", s.southAsian()
	if t.rupees > 0 && t.rupees >= t.foreign {
		cur = t.rsCode
	}
	for i := range out {
		if out[i].Currency != "" {
			continue
		}
		c := cur
		// Foreign figures in a South-Asian advert are usually dollar bonuses or Gulf
		// wages, which are written with their currency and are small; a bare figure of
		// thousands next to them is still the rupee salary.
		if c == "" && markers && (t.foreign == 0 || out[i].Max >= inferMin) {
			c = "RS"
		}
		if c == "" {
			continue
		}
		out[i].Currency = c
		if fillMonthly(&out[i]) {
			out[i].Confidence = round2(max(out[i].Confidence-0.1, 0.05))
		}
	}
}

// currencyTally counts the currencies of the figures found.
type currencyTally struct {
	bare            bool   // some figure has no currency
	rupees, foreign int    // figures in RS/PKR/INR, and in anything else
	rsCode          string // the rupee code they share, or "RS" when they differ
}

func tally(out []Pay) currencyTally {
	var t currencyTally
	for _, p := range out {
		switch p.Currency {
		case "":
			t.bare = true
		case "RS", "PKR", "INR":
			t.rupees++
			if t.rsCode == "" || t.rsCode == p.Currency {
				t.rsCode = p.Currency
			} else {
				t.rsCode = "RS"
			}
		default:
			t.foreign++
		}
	}
	return t
}

// southAsian reports South-Asian markers anywhere in the text.
func (s *scanner) southAsian() bool {
	for i := range s.toks {
		if !s.isWord(i) {
			continue
		}
		if s.lex(i).is(cSouthAsia) || isArabicScript(s.str(i)) {
			return true
		}
	}
	return false
}
