package pay

import "unicode/utf8"

// Window sizes, in tokens. They are small and fixed, which keeps Find linear.
const (
	lookBehind   = 8 // tokens searched before a figure for a pay or fee word
	payWordsBack = 5 // at most this many words between a pay word and a bare figure
	flagWindow   = 6 // tokens searched either side for guaranteed/commission-only
)

// accept decides whether a parsed expression is pay, and fills the context fields.
func (s *scanner) accept(e *expr) bool {
	if e.clock || e.phone || e.hi.val <= 0 {
		return false
	}
	s.lookBehind(e)
	if e.fee || s.feeAfter(e.last+1) {
		return false // a registration fee or deposit is money the worker pays
	}
	if e.denied {
		return false // "we never promise $5,000 a week", "no one here earns Rs 3 lakh"
	}
	if e.cur == "" && s.countAfter(e.last+1) {
		return false // "2 years", "50 seats", "8 hours"
	}
	if e.lo.num.intDigits >= 10 && !e.lo.num.grouped {
		return false // a phone number or an id, whatever surrounds it
	}
	switch {
	case e.cur != "":
		return !e.curAmbig || e.hi.val >= 100 || e.period != Unknown
	case e.lo.lpa || e.hi.lpa:
		e.cur, e.implied = "INR", true
		return true
	case e.slashDash:
		e.cur, e.implied = "RS", true
		return true
	}
	return s.acceptBare(e)
}

// acceptBare decides for a figure without a currency: it needs a pay word before or
// just after it ("50k kamayen"), a "+ commission" tail, or a South-Asian multiplier
// with a period ("1 lakh mahana"); and a plausible size.
func (s *scanner) acceptBare(e *expr) bool {
	rupee := e.hi.rupeeMult
	ok := e.payBefore || e.commission || s.payAfter(e.last+1) ||
		rupee && e.period != Unknown
	if !ok || !plausibleBare(e) || benefitCode(e) {
		return false
	}
	if rupee {
		e.cur, e.implied = "RS", true
	}
	return true
}

// benefitCode reports US benefit and tax-form names that look like amounts: "401k",
// "401 k", "1099 earnings".
func benefitCode(e *expr) bool {
	return e.lo.raw == 401 && e.lo.mult == 1e3 || e.lo.raw == 1099 && e.lo.mult == 0 && !e.lo.num.grouped
}

// plausibleBare refuses bare numbers that are more likely years, ids or small counts.
func plausibleBare(e *expr) bool {
	n := e.lo.num
	if e.hi.mult > 0 {
		return true
	}
	if n.intDigits >= 8 && !n.grouped {
		return false
	}
	if !n.grouped && !n.hasDecimal && n.intDigits == 4 && e.lo.val >= 1900 && e.lo.val <= 2100 {
		return false
	}
	if e.period != Unknown {
		return true
	}
	return e.lo.val >= 1000
}

// lookBehind searches the few tokens before the expression for the nearest pay or fee
// word, and for a period or "ctc"/"package" written before the figure.
func (s *scanner) lookBehind(e *expr) {
	words, verb, compared := 0, false, false
	// Never look into the previous figure: its period and commission words are its own.
	for k := e.first - 1; k >= s.floor && k >= e.first-lookBehind && words < payWordsBack; k-- {
		if s.isNum(k) || isStop(s.sym(k)) {
			return
		}
		lx := s.lex(k)
		if !s.isWord(k) {
			continue
		}
		words++
		if verb && !compared && s.denies(k) {
			e.denied = true
			return
		}
		// "never earn less than Rs 40,000" states a floor, not a denial.
		compared = compared || !verb && s.word(k, "less", "more", "below", "under", "lower", "fewer")
		verb = verb || lx.is(cPay) || s.word(k, promiseWords...)
		switch {
		case lx.is(cFee) && !e.payBefore:
			e.fee = true
			return
		case lx.is(cWorth) && !e.payBefore && !s.payWordBefore(k):
			e.fee = true // "products worth ₹6,000" is what a kit is said to be worth
			return
		case lx.is(cPay):
			e.payBefore = true
			e.ctc = e.ctc || s.word(k, "ctc")
			e.pkg = e.pkg || lx.is(cPackage)
		case lx.is(cBlock):
			return
		}
		if e.lead == Unknown {
			e.lead = s.leadPeriod(k, lx)
		}
	}
}

// promiseWords are the verbs a denial of pay governs besides the pay words
// ("we never promise", "nobody offers").
var promiseWords = []string{"promise", "promises", "promised", "offer", "offers", "offered", "give", "gives", "guarantee", "guarantees"}

// denies reports a word at k that denies the verb after it: "never", "not",
// "don't", "nobody", the "one" of "no one". "Not less than Rs 50,000" has no
// verb between the two and is not a denial.
func (s *scanner) denies(k int) bool {
	if s.word(k, "never", "not", "don't", "dont", "doesn't", "doesnt", "won't", "cannot", "nobody") {
		return true
	}
	if k <= s.floor {
		return false
	}
	if s.word(k, "one") {
		return s.word(k-1, "no")
	}
	// The tokenizer may split "don't" into "don", "'", "t".
	if s.word(k, "t") {
		j := k - 1
		if j > s.floor && !s.isWord(j) {
			j--
		}
		return s.word(j, "don", "doesn", "won", "didn", "can")
	}
	return false
}

// payWordBefore reports whether the word just before k (skipping "of") is a pay
// word: "a package worth 12 LPA" is pay, "products worth ₹6,000" is not.
func (s *scanner) payWordBefore(k int) bool {
	for j, n := k-1, 0; j >= s.floor && n < 2; j, n = j-1, n+1 {
		if !s.isWord(j) {
			continue
		}
		if s.word(j, "of") {
			continue
		}
		return s.lex(j).is(cPay)
	}
	return false
}

// isStop reports punctuation that ends a sentence or a list item.
func isStop(r rune) bool { return r == '!' || r == '?' || r == ';' || r == '|' || r == '•' }

// leadPeriod reads a period written before the figure ("monthly salary", "salary per
// month:"). "pm" and "pa" are left out: before a figure they are more often other things.
func (s *scanner) leadPeriod(k int, lx *lexeme) Period {
	if lx == nil || s.word(k, "pm", "pa") {
		return Unknown
	}
	if lx.period != Unknown {
		return lx.period
	}
	if lx.unit != Unknown && !lx.unitSlash && (s.lex(k-1).is(cPer) || s.sym(k-1) == '/') {
		return lx.unit
	}
	return Unknown
}

// payAfter reports a pay word within two words after the figure ("50k kamayen").
func (s *scanner) payAfter(k int) bool {
	for n := 0; n < 2 && !s.broken(k); n, k = n+1, k+1 {
		if s.lex(k).is(cPay) {
			return true
		}
	}
	return false
}

// feeAfter reports "rs 500 registration fee", "500 deposit" — but not "no fee".
func (s *scanner) feeAfter(k int) bool {
	for n := 0; n < 2 && s.isWord(k) && !s.broken(k); n, k = n+1, k+1 {
		lx := s.lex(k)
		if lx.is(cNegation) || lx.is(cPay) {
			return false
		}
		if lx.is(cFee) {
			return true
		}
	}
	return false
}

// countAfter reports a count noun or a bare time unit right after the figure.
func (s *scanner) countAfter(k int) bool {
	lx := s.lex(k)
	if lx == nil || s.broken(k) {
		return s.sym(k) == '%'
	}
	return lx.is(cCount) || lx.unit != Unknown && lx.unit != Task
}

// flagsNear looks either side of the expression, within its sentence, for
// "guaranteed"/"fixed"/"pakki" and for commission-only wording.
func (s *scanner) flagsNear(e *expr) (guaranteed, commissionOnly bool) {
	check := func(k int) bool {
		if s.isNum(k) || isStop(s.sym(k)) || s.sym(k) == '.' {
			return false // the next sentence or figure has its own words
		}
		lx := s.lex(k)
		switch {
		case lx.is(cGuarantee):
			guaranteed = true
		case lx.is(cCommission) && s.commissionOnlyAt(k):
			commissionOnly = true
		case s.word(k, "no") && s.word(k+1, "basic", "fixed") && s.lex(k+2).is(cPay):
			commissionOnly = true
		}
		return true
	}
	for k := e.first - 1; k >= max(e.first-flagWindow, 0); k-- {
		if s.broken(k+1) || !check(k) {
			break
		}
	}
	for k := e.first; k <= e.last; k++ {
		check(k)
	}
	for k := e.last + 1; k <= e.last+flagWindow; k++ {
		if s.broken(k) || !check(k) {
			break
		}
	}
	return guaranteed, commissionOnly
}

// commissionOnlyAt reads "commission only", "commission-based", "commission basis",
// "only commission", "sirf commission", "100% commission" around token k.
func (s *scanner) commissionOnlyAt(k int) bool {
	next := k + 1
	if isDash(s.sym(next)) {
		next++
	}
	if s.word(next, "only", "based", "basis") {
		return true
	}
	return s.word(k-1, "only", "sirf", "pure", "purely", "straight") ||
		s.sym(k-1) == '%' && s.str(k-2) == "100"
}

// isArabicScript reports whether a word is written in the Arabic script (Urdu here).
func isArabicScript(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x600 && r <= 0x6FF || r >= 0x750 && r <= 0x77F || r >= 0xFB50 && r <= 0xFEFF
}
