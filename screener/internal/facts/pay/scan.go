package pay

import (
	"slices"
	"sync"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// scanner walks the tokens of one text. floor is the first token a new expression may
// claim, which is what keeps the figures Find returns from overlapping.
type scanner struct {
	text  string
	toks  []token
	lexs  []*lexeme // lexs[i] is token i's lexeme, nil for none or not a word
	floor int
}

// newScanner looks each word up in the lexicon once: the grammar asks for
// the same tokens' lexemes again and again while it looks around, and the
// map lookups were a third of Find's time.
//
// Scanners are recycled (see release): their token and lexeme slices are
// most of what Find allocates.
//
// docToks, when not nil, are the textnorm tokens of text: a word that is
// exactly one of them and all ASCII takes its lexeme by the token's id
// (the id of the word itself, as textnorm folds only non-ASCII letters).
func newScanner(text string, docToks []textnorm.Token) *scanner {
	s, _ := scanners.Get().(*scanner)
	if s == nil {
		s = &scanner{}
	}
	s.text, s.floor = text, 0
	s.toks = tokenize(s.toks[:0], text)
	s.lexs = slices.Grow(s.lexs[:0], len(s.toks))[:len(s.toks)]
	j := 0
	for i, t := range s.toks {
		s.lexs[i] = nil
		if t.kind != tkWord {
			continue
		}
		for j < len(docToks) && docToks[j].Start < t.start {
			j++
		}
		if j < len(docToks) && docToks[j].Start == t.start && docToks[j].End == t.end && ascii(text[t.start:t.end]) {
			s.lexs[i] = lexemeOf(docToks[j].ID)
			continue
		}
		s.lexs[i] = lookup(text[t.start:t.end])
	}
	return s
}

func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

var scanners sync.Pool

// maxPooledToks keeps one huge text from pinning huge slices in the pool.
const maxPooledToks = 1 << 14

// release hands s back for reuse; s must not be used after it.
func (s *scanner) release() {
	if cap(s.toks) > maxPooledToks {
		return
	}
	s.text = ""
	scanners.Put(s)
}

// side is one amount of an expression: a number (or number word) and its multiplier.
type side struct {
	first, last int // token indexes, inclusive
	raw, val    float64
	mult        float64
	rupeeMult   bool // lakh, crore, hazar: only South Asia writes these
	lpa         bool
	num         number
}

// expr is an expression being parsed; toPay turns an accepted one into a Pay.
type expr struct {
	first, last       int // token span, inclusive
	cur               string
	curAmbig, implied bool
	lo, hi            side
	isRange, between  bool
	period, lead      Period // lead: a period written before the figure ("monthly salary")
	upTo, from, plus  bool
	commission        bool
	slashDash         bool
	clock, phone      bool // reasons to refuse the expression
	payBefore, fee    bool
	denied            bool // "we never promise $5,000 a week": a figure the advert says it does not pay
	ctc, pkg          bool
}

// Token accessors. All are safe for any index, which is what lets the grammar below
// look around freely without bounds checks of its own.

func (s *scanner) ok(i int) bool { return i >= 0 && i < len(s.toks) }

func (s *scanner) str(i int) string {
	if !s.ok(i) {
		return ""
	}
	return s.text[s.toks[i].start:s.toks[i].end]
}

func (s *scanner) lex(i int) *lexeme {
	if !s.ok(i) {
		return nil
	}
	return s.lexs[i]
}

func (s *scanner) sym(i int) rune {
	if !s.ok(i) || s.toks[i].kind != tkSym {
		return 0
	}
	return s.toks[i].sym
}

func (s *scanner) isNum(i int) bool  { return s.ok(i) && s.toks[i].kind == tkNum }
func (s *scanner) isWord(i int) bool { return s.ok(i) && s.toks[i].kind == tkWord }

// glued reports whether token i touches the token before it.
func (s *scanner) glued(i int) bool { return s.ok(i) && i > 0 && !s.toks[i].sp }

// broken reports whether token i is missing or starts a new line; expressions never
// continue across a line break, which keeps bullet lists from fusing into ranges.
func (s *scanner) broken(i int) bool { return !s.ok(i) || s.toks[i].nl }

func (s *scanner) word(i int, ws ...string) bool {
	if !s.isWord(i) {
		return false
	}
	w := s.str(i)
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '−' || r == '‒' || r == '~'
}

// canStart reports whether token i can begin an amount: a number, or a number word
// followed by a multiplier ("ek lakh", "dedh lakh").
func (s *scanner) canStart(i int) bool {
	if s.isNum(i) {
		return true
	}
	if lx := s.lex(i); lx != nil && lx.numeral > 0 {
		m := s.lex(i + 1)
		return m != nil && m.mult > 0 && !m.attached
	}
	return false
}

// parseAt parses the expression whose first amount is at token i.
func (s *scanner) parseAt(i int) (expr, bool) {
	e := expr{first: i}
	s.prefix(&e, i)
	lo, ok := s.amountAt(i, dotGroups(e.cur))
	if !ok {
		return e, false
	}
	e.lo, e.hi = lo, lo
	j := s.sideTail(&e, lo.last+1)
	j = s.rangeTail(&e, j)
	j = s.suffixes(&e, j)
	e.last = j - 1
	return e, s.accept(&e)
}

// dotGroups reports whether a currency writes thousands with dots (Rp 500.000).
func dotGroups(cur string) bool {
	return cur == "IDR" || cur == "VND" || cur == "KHR" || cur == "LAK" || cur == "MMK" || cur == "EUR"
}

// amountAt reads a number or number word at i and an optional multiplier after it.
func (s *scanner) amountAt(i int, dots bool) (side, bool) {
	sd := side{first: i, last: i}
	if lx := s.lex(i); lx != nil && lx.numeral > 0 {
		m := s.lex(i + 1)
		if m == nil || m.mult == 0 || m.attached {
			return sd, false
		}
		sd.raw, sd.last = lx.numeral, i+1
		sd.applyMult(m)
		return sd, true
	}
	if !s.isNum(i) || !s.cleanLeft(i) || !s.cleanRight(i) {
		return sd, false
	}
	n, ok := parseNumber(s.str(i), dots)
	if !ok || n.leadZero {
		return sd, false
	}
	sd.num, sd.raw, sd.val = n, n.val, n.val
	if m := s.lex(i + 1); m != nil && m.mult > 0 && (s.glued(i+1) || !m.attached) && !s.broken(i+1) {
		sd.last = i + 1
		sd.applyMult(m)
	}
	return sd, true
}

func (sd *side) applyMult(m *lexeme) {
	sd.mult, sd.lpa, sd.rupeeMult = m.mult, m.lpa, m.rupee
	sd.val = sd.raw * m.mult
}

// cleanLeft refuses numbers glued to something that makes them part of another token:
// "h1b", "+92…" (a phone), the "7" of "24/7", the "30" of "10:30".
func (s *scanner) cleanLeft(i int) bool {
	if !s.glued(i) {
		return true
	}
	if lx := s.lex(i - 1); s.isWord(i - 1) {
		return lx != nil && lx.cur != ""
	}
	switch s.sym(i - 1) {
	case '+', '#', '@', '_':
		return false
	case '/', ':', '.':
		return !(s.isNum(i-2) && s.glued(i-1))
	}
	return true
}

// cleanRight refuses numbers glued to a time, fraction, date, percentage or ordinal, or
// to letters that are not a unit ("4gb", "5g").
func (s *scanner) cleanRight(i int) bool {
	switch s.sym(i + 1) {
	case '%', '٪':
		return false
	case ':', '/', '.':
		if s.glued(i+1) && s.isNum(i+2) && s.glued(i+2) {
			return false
		}
	}
	if !s.isWord(i+1) || !s.glued(i+1) {
		return true
	}
	lx := s.lex(i + 1)
	if lx == nil || lx.is(cOrdinal) {
		return false
	}
	return lx.mult > 0 || lx.cur != "" || lx.period != "" || lx.is(cTime) || lx.unit != ""
}

// prefix reads a currency and a qualifier written before the figure at i.
func (s *scanner) prefix(e *expr, i int) {
	k := i - 1
	// "rs.25,000", "rs: 25,000": punctuation between the currency and the digits.
	for n := 0; n < 2 && k >= s.floor && (s.sym(k) == '.' || s.sym(k) == ':'); n++ {
		k--
	}
	if code, first, ambig := s.currencyEndingAt(k); code != "" {
		e.cur, e.curAmbig, e.first = code, ambig, first
	}
	s.qualifier(e, e.first-1)
}

// currencyEndingAt reads a currency whose last token is k, returning its first token.
func (s *scanner) currencyEndingAt(k int) (code string, first int, ambig bool) {
	if k < s.floor || !s.ok(k) {
		return "", 0, false
	}
	if c, ok := currencySymbols[s.sym(k)]; ok {
		if c == "USD" && s.glued(k) && k-1 >= s.floor {
			if d, ok := dollarPrefixes[s.str(k-1)]; ok && s.isWord(k-1) {
				return d, k - 1, false
			}
		}
		return c, k, false
	}
	lx := s.lex(k)
	if lx == nil || lx.cur == "" {
		return "", 0, false
	}
	if n, ok := riyalNations[s.str(k-1)]; ok && k-1 >= s.floor && (lx.cur == "SAR" || lx.cur == "OMR" || lx.cur == "KWD") {
		return n, k - 1, false
	}
	return lx.cur, k, lx.curAmbig
}
