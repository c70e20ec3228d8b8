package pay

import "github.com/jobscreen/jobscreen/screener/internal/textnorm"

// Word classes. A word may belong to several (e.g. "hafta" is a period and a unit).
const (
	cPay        uint32 = 1 << iota // salary, earn, tankhwah: lets a bare number count as pay
	cFee                           // fee, deposit, invest: the figure is money the worker pays
	cCount                         // seats, years, agents: the figure is a count, not money
	cBlock                         // age, whatsapp, shift: ends the search for a pay word
	cCommission                    // commission, incentives, bonus
	cGuarantee                     // guaranteed, fixed, pakki
	cUpTo                          // upto, max (before the figure)
	cFrom                          // from, starting, minimum (before the figure)
	cOver                          // above, over (before the figure): same meaning as "X+"
	cPer                           // per, a, an, every, har, فی: introduces a unit
	cRangeSep                      // to, se, سے
	cSouthAsia                     // places and words that make bare figures rupees
	cTime                          // am, baje: the number before it is a clock time
	cOrdinal                       // st, nd, rd, th
	cNegation                      // no, without: "no fee" after a figure is not a fee
	cPackage                       // package, ctc: an Indian figure in lakh is annual
	cFiller                        // attractive, unlimited: may sit between "+" and "bonus"
	cConnector                     // plus, and, with, aur: may introduce a commission
	cWorth                         // worth, valued: a value of goods unless a pay word owns it
)

// lexeme is everything the grammar knows about one folded word.
type lexeme struct {
	class     uint32
	cur       string  // currency code when the word names a currency
	curAmbig  bool    // the word is also an ordinary word or code (php, sr, rm)
	mult      float64 // multiplier (k, lakh, crore)
	attached  bool    // the multiplier or unit counts only when glued to its neighbour ("80k", "/m")
	period    Period  // the word alone is a period ("monthly", "rozana")
	unit      Period  // the word is a unit after per/a/"/" ("month", "call")
	unitSlash bool    // the unit counts only after "/" ("/m", "/h")
	numeral   float64 // a number word, used only before a multiplier ("ek lakh")
	lpa       bool    // "lpa": lakh per annum, Indian rupees implied
	rupee     bool    // lakh, crore, hazar: multipliers only South Asia writes
}

func (l *lexeme) is(c uint32) bool { return l != nil && l.class&c != 0 }

// lexicon is built once at start-up and only read afterwards, so Find is safe for
// concurrent use.
var lexicon = buildLexicon()

// lexiconLeads marks the first two bytes, ASCII lower-cased, of every
// lexicon word, so lookup can turn most words away without hashing them.
// indexLexicon fills it once the lexicon is complete: the task units join
// the lexicon in an init function, after buildLexicon.
var lexiconLeads = new([1 << 16 / 64]uint64)

func lexiconLead(w string) int {
	lower := func(c byte) int {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return int(c)
	}
	if len(w) == 1 {
		return lower(w[0]) << 8
	}
	return lower(w[0])<<8 | lower(w[1])
}

// lexByID is the lexicon indexed by vocabulary id, and lexIDs the ids it
// holds; see lexemeOf. indexLexicon fills them.
var (
	lexIDs  []uint64
	lexByID []*lexeme
)

// indexLexicon marks every lexicon word's lead in lexiconLeads, interns
// the words and files their lexemes under their vocabulary ids; see
// lexemeOf. It runs once the lexicon is complete.
func indexLexicon() {
	words := make([]string, 0, len(lexicon))
	for w := range lexicon {
		if w == "" {
			continue
		}
		i := lexiconLead(w)
		lexiconLeads[i/64] |= 1 << (i % 64)
		if textnorm.Key(w) == w {
			words = append(words, w) // a Key-folded id would stand for other spellings too
		}
	}
	for i, id := range textnorm.Intern(words...) {
		if int(id) >= len(lexByID) {
			lexByID = append(lexByID, make([]*lexeme, int(id)+1-len(lexByID))...)
			lexIDs = append(lexIDs, make([]uint64, int(id)/64+1-len(lexIDs))...)
		}
		lexByID[id] = lexicon[words[i]]
		lexIDs[id/64] |= 1 << (id % 64)
	}
}

// lexemeOf returns the lexeme of the word whose vocabulary id is id, nil
// when it is no lexicon word: lookup for a word that textnorm gave an id.
func lexemeOf(id uint32) *lexeme {
	if i := int(id / 64); id == 0 || i >= len(lexIDs) || lexIDs[i]&(1<<(id%64)) == 0 {
		return nil
	}
	return lexByID[id]
}

func buildLexicon() map[string]*lexeme {
	m := make(map[string]*lexeme, 700)
	for _, row := range currencyWords {
		e := entry(m, row.word)
		e.cur, e.curAmbig = row.code, row.ambig
	}
	for _, row := range multiplierWords {
		e := entry(m, row.word)
		e.mult, e.attached = row.mult, row.attached
		e.rupee = row.mult == 1e5 || row.mult == 1e7 ||
			row.mult == 1e3 && row.word != "k" && row.word != "thousand" && row.word != "thousands"
	}
	for _, row := range periodWords {
		entry(m, row.word).period = row.p
	}
	for _, row := range unitWords {
		e := entry(m, row.word)
		e.unit, e.unitSlash = row.p, row.slashOnly
	}
	for w, v := range numeralWords {
		entry(m, w).numeral = v
	}
	for c, list := range classWords {
		for _, w := range splitWords(list) {
			entry(m, w).class |= c
		}
	}
	entry(m, "lpa").lpa = true
	return m
}

func entry(m map[string]*lexeme, w string) *lexeme {
	if e, ok := m[w]; ok {
		return e
	}
	e := &lexeme{}
	m[w] = e
	return e
}

// splitWords splits a space-separated word list without allocating per word beyond the
// result slice; it runs only at start-up.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// lookup returns the lexeme for a word, folding ASCII upper case so that callers who
// skipped the engine's folding still get sensible results. It does not allocate: the
// map index with a converted byte slice is optimised by the compiler.
func lookup(w string) *lexeme {
	if w != "" {
		if i := lexiconLead(w); lexiconLeads[i/64]&(1<<(i%64)) == 0 {
			return nil // no lexicon word starts so: most words of an advert
		}
	}
	if e, ok := lexicon[w]; ok {
		return e
	}
	if len(w) > 32 {
		return nil
	}
	var buf [32]byte
	changed := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			changed = true
		}
		buf[i] = c
	}
	if !changed {
		return nil
	}
	return lexicon[string(buf[:len(w)])]
}
