package pay

// The parts of the grammar around the amounts: qualifiers before, ranges, and the
// suffixes (currency, "/-", period, "+", "tak", commission) after.

// qualifier reads "up to", "upto", "from", "starting from/at", "at least", "above",
// "more than" or "between" ending at token k.
func (s *scanner) qualifier(e *expr, k int) {
	if k < s.floor {
		return
	}
	lx := s.lex(k)
	switch {
	case lx.is(cUpTo):
		e.upTo, e.first = true, k
	case s.word(k, "to") && k-1 >= s.floor && s.word(k-1, "up"):
		e.upTo, e.first = true, k-1
	case s.word(k, "to") && k-2 >= s.floor && isDash(s.sym(k-1)) && s.word(k-2, "up"):
		e.upTo, e.first = true, k-2
	case lx.is(cFrom):
		e.from, e.first = true, k
		if k-1 >= s.floor && s.word(k-1, "starting", "start", "starts") && s.word(k, "from") {
			e.first = k - 1
		}
	case s.word(k, "at") && k-1 >= s.floor && s.word(k-1, "starting", "starts"):
		e.from, e.first = true, k-1
	case s.word(k, "least") && k-1 >= s.floor && s.word(k-1, "at"):
		e.from, e.first = true, k-1
	case lx.is(cOver):
		e.plus, e.first = true, k
	case s.word(k, "than") && k-1 >= s.floor && s.word(k-1, "more"):
		e.plus, e.first = true, k-1
	case s.word(k, "between"):
		e.between, e.first = true, k
	}
}

// currencyAt reads a currency starting at token k, with the punctuation that may follow
// it ("rs.", "rs:"), and returns the token after it.
func (s *scanner) currencyAt(k int) (code string, ambig bool, next int) {
	if c, ok := currencySymbols[s.sym(k)]; ok {
		return c, false, k + 1
	}
	if d, ok := dollarPrefixes[s.str(k)]; ok && s.isWord(k) && s.sym(k+1) == '$' && s.glued(k+1) {
		return d, false, k + 2
	}
	lx := s.lex(k)
	if n, ok := riyalNations[s.str(k)]; ok && s.isWord(k) {
		if c := s.lex(k + 1); c != nil && (c.cur == "SAR" || c.cur == "OMR" || c.cur == "KWD") {
			return n, false, k + 2
		}
	}
	if lx == nil || lx.cur == "" {
		return "", false, k
	}
	next = k + 1
	for n := 0; n < 2 && (s.sym(next) == '.' || s.sym(next) == ':') && s.glued(next); n++ {
		next++
	}
	return lx.cur, lx.curAmbig, next
}

// sideTail reads what may follow a single amount: a currency written after it
// ("50,000 rupees", "500$") and the South-Asian "/-" that closes a rupee amount.
func (s *scanner) sideTail(e *expr, j int) int {
	if s.broken(j) {
		return j
	}
	// A currency after the figure belongs to it unless a number follows, in which case
	// it is the next figure's prefix ("year 1-3 $265,847"). A repeat of the figure's own
	// currency ("£10,000 gbp", "$1500 usd") is absorbed.
	if code, ambig, next := s.currencyAt(j); code != "" && !s.isNum(next) {
		switch {
		case e.cur == "":
			e.cur, e.curAmbig = code, ambig
			return next
		case e.cur == code:
			return next
		}
	}
	if s.sym(j) == '/' && isDash(s.sym(j+1)) && s.glued(j+1) {
		e.slashDash = true
		return j + 2
	}
	return j
}

// rangeTail reads "- 70,000", "to 70k", "se 70 hazar", "– rs 1.5 lakh" after the first
// amount. A multiplier written only on the second amount applies to both ("50-70k",
// "1–1.5 lakh") when that keeps the range in order.
func (s *scanner) rangeTail(e *expr, j int) int {
	k := j
	switch {
	case s.broken(k):
		return j
	case isDash(s.sym(k)), s.lex(k).is(cRangeSep), e.between && s.word(k, "and"):
		k++
	default:
		return j
	}
	if s.broken(k) {
		return j
	}
	if code, _, next := s.currencyAt(k); code != "" {
		k = next
	}
	hi, ok := s.amountAt(k, dotGroups(e.cur))
	if !ok {
		return j
	}
	lo := widenLow(e.lo, hi)
	if hi.val < lo.val || hi.val <= 0 {
		return j
	}
	// "111-222-333" and "0300-123-4567" are phone numbers, not ranges.
	if isDash(s.sym(hi.last+1)) && s.glued(hi.last+1) && s.isNum(hi.last+2) {
		e.phone = true
	}
	e.lo, e.hi, e.isRange = lo, hi, true
	return s.sideTail(e, hi.last+1)
}

// widenLow applies the high end's scale to a low end written short: "50-70k",
// "1–1.5 lakh", and "£40-65,000" where the thousands are written only once.
func widenLow(lo, hi side) side {
	switch {
	case lo.mult == 0 && hi.mult > 0 && lo.raw <= hi.raw:
		lo.mult, lo.rupeeMult, lo.lpa = hi.mult, hi.rupeeMult, hi.lpa
		lo.val = lo.raw * hi.mult
	case lo.mult == 0 && hi.mult == 0 && hi.num.grouped && lo.raw < 1000 && !lo.num.hasDecimal &&
		lo.raw*1000 <= hi.val && lo.raw*1000*10 >= hi.val:
		lo.val = lo.raw * 1000
	}
	return lo
}

// suffixes reads the words after the amounts, in any order, each at most once.
func (s *scanner) suffixes(e *expr, j int) int {
	for n := 0; n < 6 && !s.broken(j); n++ {
		k := s.suffix(e, j)
		if k == j {
			break
		}
		j = k
	}
	return j
}

func (s *scanner) suffix(e *expr, j int) int {
	if k := s.sideTail(e, j); k != j {
		return k
	}
	if e.period == Unknown {
		if s.word(j, "extra", "additional") {
			if p, k := s.periodAt(e, j+1); k != j+1 { // "$400 extra per day"
				e.period = p
				return k
			}
		}
		if p, k := s.periodAt(e, j); k != j {
			e.period = p
			return k
		}
		if e.clock {
			return j
		}
	}
	if k := s.commissionAt(e, j); k != j {
		return k
	}
	if k := s.plusAt(e, j); k != j {
		return k
	}
	if s.word(j, "tak", "تک") {
		e.upTo = e.upTo || !e.isRange // "50 se 70 hazar tak" closes a range
		return j + 1
	}
	return j
}

// commissionAt reads "+ commission", "plus attractive incentives", "with bonus" and a
// bare "commission" written right after the figure.
func (s *scanner) commissionAt(e *expr, j int) int {
	k := j
	if r := s.sym(k); r == '+' || r == '&' || s.lex(k).is(cConnector) {
		k++
	}
	for n := 0; n < 2 && (s.lex(k).is(cFiller) || s.sym(k) == '$'); n++ {
		k++
	}
	if s.broken(k) || !s.lex(k).is(cCommission) {
		return j
	}
	e.commission = true
	return k + 1
}

// plusAt reads "X+", "and above", "or more", "onwards", "se zyada".
func (s *scanner) plusAt(e *expr, j int) int {
	switch {
	case s.sym(j) == '+':
		// "40,000+" is glued; "4,500 + free visa" and "50,000 + $500 bonus" add
		// something else to the offer and are not "X+".
		if !s.glued(j) && (s.isWord(j+1) || s.isNum(j+1) || currencySymbols[s.sym(j+1)] != "") {
			return j
		}
		if s.glued(j) && (s.isNum(j+1) && s.glued(j+1)) {
			return j
		}
		e.plus = true
		return j + 1
	case (s.word(j, "and", "or") || s.sym(j) == '&') && s.word(j+1, "above", "more", "over"):
		e.plus = true
		return j + 2
	case s.word(j, "plus") && !s.isWord(j+1) && !s.isNum(j+1):
		e.plus = true // "50,000 plus" — but "plus benefits" adds something else
		return j + 1
	case s.word(j, "onwards", "onward", "upwards", "above"):
		e.plus = true
		return j + 1
	case s.word(j, "se", "سے") && s.word(j+1, "zyada", "ziada", "zaida", "ziyada", "zayada", "upar", "oopar", "ooper", "زیادہ", "اوپر"):
		e.plus = true
		return j + 2
	}
	return j
}
