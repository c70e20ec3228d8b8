package asks

import (
	"slices"
	"strings"
	"sync"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// ctx carries one document, its lexicon hits and which sentences warn
// about scams.
type ctx struct {
	d        *textnorm.Doc
	keys     []string
	pooled   *[]string
	hits     []cand // fees, payments, documents, data, no-fee phrases
	warns    []cand
	official []cand
	negators []cand
	warned   map[int]bool // sentence index → the sentence warns about scams
	// deniedEnd is, per category, the token end of the last denied hit.
	deniedEnd [catPayVerb + 1]int
	denied    []textnorm.Span // fees the advert denies: "no registration, training or security fee"
}

// keysPool recycles the per-advert slice of token keys: it is the only
// allocation the scan needs, and adverts come in batches.
var keysPool = sync.Pool{New: func() any { return new([]string) }}

func newCtx(d *textnorm.Doc) *ctx {
	kp := keysPool.Get().(*[]string)
	keys := slices.Grow((*kp)[:0], len(d.Tokens))[:len(d.Tokens)]
	plain := d.KeysAreTexts()
	for i := range d.Tokens {
		if plain {
			keys[i] = d.Tokens[i].Text
		} else {
			keys[i] = tokenKey(d.Tokens[i].Text)
		}
	}
	return &ctx{d: d, keys: keys, pooled: kp}
}

// release returns the keys slice to the pool, cleared so that it pins no
// advert's text.
func (c *ctx) release() {
	clear(c.keys)
	*c.pooled = c.keys[:0]
	keysPool.Put(c.pooled)
	c.keys = nil
}

// tokenKey is lex.Key with the ASCII case, nearly every token, inlined.
func tokenKey(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return lex.Key(w)
		}
	}
	return w
}

var (
	// negBefore deny a request when they come a few words before it.
	negBefore = lex.KeySet(`no not never don't dont doesn't won't without zero nil free nahi nahin nai mat na
		نہیں مفت بغیر`)
	// negAfter deny a request when they follow it: "fees nahi", "fee: nil",
	// "fee waived", "fees reimbursed".
	negAfter = lex.KeySet(`nahi nahin nai not nil none waived free نہیں معاف`)
	// requirementNouns after "no" mean the negation is about something else:
	// "no degree needed, registration fee 500" still asks for a fee.
	requirementNouns = lex.KeySet(`degree degrees experience qualification interview interviews age matric education ielts
		english skills skill certificate certificates target targets limit`)
	conjunctions = lex.KeySet(`or and nor any your`)
	// listWords may sit between a negator and the request it denies across
	// commas: "no registration, training or security fee".
	listWords = lex.KeySet(`or and nor any kind of registration training kit laptop visa processing security medical
		joining application form admission test exam placement advance hidden upfront deposit deposits
		fee fees charge charges cost money payment payments documentation uniform other`)
)

// clauseBreak reports whether the gap before token k ends a clause.
func (c *ctx) clauseBreak(k int, comma bool) bool {
	gap := c.d.Folded[c.d.Tokens[k-1].End:c.d.Tokens[k].Start]
	if strings.ContainsAny(gap, ";()[]") {
		return true
	}
	return comma && strings.ContainsAny(gap, ",")
}

// negatedBefore reports a negator up to six words before token i in the
// same clause. A comma ends the clause unless everything between it and
// the request is a list of fee names ("no registration, training or
// security fee").
func (c *ctx) negatedBefore(i int) bool {
	toks := c.d.Tokens
	list := true
	for k, n := i-1, 0; k >= 0 && n < 6 && toks[k].Sentence == toks[i].Sentence; k, n = k-1, n+1 {
		w := c.keys[k]
		if c.clauseBreak(k+1, false) || c.clauseBreak(k+1, true) && !(list && listWords[w]) {
			return false
		}
		if negBefore[w] && !(k+1 < len(toks) && requirementNouns[c.keys[k+1]]) {
			return true
		}
		list = list && listWords[w]
	}
	return false
}

// negatedAfter reports a denial up to four words after the request's last
// token j-1, inside its clause: "fees nahi", "fee: nil", "fee waived".
func (c *ctx) negatedAfter(j int) bool {
	toks := c.d.Tokens
	for k := j; k < len(toks) && k < j+4 && toks[k].Sentence == toks[j-1].Sentence; k++ {
		if c.clauseBreak(k, true) {
			return false
		}
		if negAfter[c.keys[k]] {
			return true
		}
	}
	return false
}

// suppressed reports whether a hit is denied or sits in a sentence that
// warns about scams. Hits must be judged in text order, because a hit
// coordinated with a denied one is denied too: "never ask for your OTP,
// password or card details".
func (c *ctx) suppressed(h cand) bool {
	if c.warned[c.d.Tokens[h.i].Sentence] {
		return true
	}
	if c.negatedBefore(h.i) || c.negatedAfter(h.j) || c.coordinated(h) {
		c.deniedEnd[h.tag.cat] = h.j
		return true
	}
	return false
}

// coordinated reports a hit joined by "or", "and", "nor" or a comma to a
// denied hit of the same category just before it.
func (c *ctx) coordinated(h cand) bool {
	end := c.deniedEnd[h.tag.cat]
	if end == 0 || end > h.i || h.i-end > 2 || c.d.Tokens[end-1].Sentence != c.d.Tokens[h.i].Sentence {
		return false
	}
	for k := end; k < h.i; k++ {
		if !conjunctions[c.keys[k]] {
			return false
		}
	}
	return !c.clauseBreak(end, false)
}

// window bounds how far, in tokens, context is read on each side of a
// hit. Run-on text (a whole advert with no full stop) would otherwise make
// every hit read the whole advert: quadratic time on hostile input.
const window = 40

// sentenceTokens returns the token range [lo,hi) of the sentence around
// token i, cut to window tokens on each side.
func (c *ctx) sentenceTokens(i int) (lo, hi int) { return c.d.SentenceTokens(i, window) }

// clauseTokens returns the token range of the clause holding tokens
// [i,j): the sentence cut at ";", brackets and, when comma is true, commas.
func (c *ctx) clauseTokens(i, j int, comma bool) (lo, hi int) {
	slo, shi := c.sentenceTokens(i)
	lo, hi = i, j
	for lo > slo && !c.clauseBreak(lo, comma) {
		lo--
	}
	for hi < shi && !c.clauseBreak(hi, comma) {
		hi++
	}
	return lo, hi
}

// any reports whether a token in [lo,hi) is in words.
func (c *ctx) any(lo, hi int, words map[string]bool) bool {
	for k := max(lo, 0); k < hi && k < len(c.keys); k++ {
		if words[c.keys[k]] {
			return true
		}
	}
	return false
}
