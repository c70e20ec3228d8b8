package pay

// periodAt reads a period after the figure: "/month", "per month", "a month", "every
// month", "har mahine", "p.m.", "monthly", "mahana", "ctc". It also notices clock times
// ("9 pm", "10.30 pm", "9 am", "9 baje") and marks the expression so it is refused.
func (s *scanner) periodAt(e *expr, j int) (Period, int) {
	if s.sym(j) == '/' {
		if u := s.lex(j + 1); u != nil && u.unit != "" && !s.broken(j+1) {
			return u.unit, j + 2
		}
		return Unknown, j
	}
	if p, k, ok := s.dottedPeriod(e, j); ok {
		return p, k
	}
	if p, k := s.perPhrase(j); k != j {
		return p, k
	}
	lx := s.lex(j)
	switch {
	case lx == nil:
		return Unknown, j
	case lx.is(cTime):
		e.clock = e.clock || e.clockLike()
		return Unknown, j
	case s.word(j, "pm") && e.clockLike():
		e.clock = true
		return Unknown, j
	case lx.period != Unknown:
		return lx.period, j + 1
	case s.word(j, "ctc"):
		return Year, j + 1
	case e.cur != "" && lx.unit != Unknown && lx.unit != Task && !lx.unitSlash && !lx.is(cCount):
		// "rs 50,000 month": sloppy but unambiguous once a currency is there.
		return lx.unit, j + 1
	}
	return Unknown, j
}

// clockLike reports whether the figure could be a clock hour: a small number with no
// multiplier ("9", "10.30"). With "pm"/"am"/"baje" after it, it is a time, not pay.
func (e *expr) clockLike() bool {
	return e.lo.mult == 0 && e.hi.mult == 0 && e.hi.raw < 13
}

// dottedPeriod reads the abbreviations written with dots or a slash: p.m., p.a., p/m,
// p/a, p/h, p/d, p/w, and a.m. (a clock time).
func (s *scanner) dottedPeriod(e *expr, j int) (Period, int, bool) {
	if !s.word(j, "p", "a") || !(s.sym(j+1) == '.' || s.sym(j+1) == '/') || !s.glued(j+1) || !s.glued(j+2) {
		return Unknown, j, false
	}
	second := s.str(j + 2)
	if !s.isWord(j + 2) {
		return Unknown, j, false
	}
	next := j + 3
	if s.sym(next) == '.' && s.glued(next) {
		next++
	}
	if s.word(j, "a") {
		if second == "m" && e.clockLike() {
			e.clock = true
		}
		return Unknown, j, false
	}
	var p Period
	switch second {
	case "m":
		if e.clockLike() {
			e.clock = true
			return Unknown, j, false
		}
		p = Month
	case "a":
		p = Year
	case "h", "hr":
		p = Hour
	case "d":
		p = Day
	case "w", "wk":
		p = Week
	default:
		return Unknown, j, false
	}
	return p, next, true
}

// perPhrase reads "per X", "a X", "every X", "har X", "فی X", "for each X", "in a X".
func (s *scanner) perPhrase(j int) (Period, int) {
	k := j + 1
	switch {
	case s.lex(j).is(cPer):
	case s.word(j, "for") && s.word(j+1, "each", "every"):
		k = j + 2
	case s.word(j, "in") && s.word(j+1, "a", "one", "ek"):
		k = j + 2
	default:
		return Unknown, j
	}
	u := s.lex(k)
	if u == nil || u.unit == Unknown || u.unitSlash || s.broken(k) {
		return Unknown, j
	}
	return u.unit, k + 1
}
