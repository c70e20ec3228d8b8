package match

import (
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Negation cues that cancel a following hit within negWindow words:
// "no registration fee", "we never ask for money", "do not pay".
var preNegators = stems(textnorm.PreNegators...)

// Roman Urdu and Urdu put the negation after the noun: "fees nahi hai".
var postNegators = stems(textnorm.PostNegators...)

// Words that mark a sentence as a warning about scams, in which mentions
// of fees or WhatsApp describe what to avoid rather than what is asked.
var warnWords = stems(textnorm.WarningWords...)

// Words that mark a sentence as talking about adverts rather than making
// an offer: a phrase in quotation marks in such a sentence is mentioned,
// not used ("many "unlimited income" adverts do not").
var mentionWords = stems("advert", "adverts", "advertisement", "advertisements", "ad", "ads", "posting",
	"postings", "listing", "listings", "offer", "offers", "message", "messages", "claim", "claims", "promise", "promises")

// sentenceCue holds warnWords and mentionWords in one map; a Set puts it
// in its word table with the phrases, so marking a listing's sentences
// costs no lookup of its own.
var sentenceCue = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range warnWords {
		m[w] |= cueWarn
	}
	for w := range mentionWords {
		m[w] |= cueMention
	}
	return m
}()

const (
	cueWarn uint8 = 1 << iota
	cueMention
)

const negWindow = 4
const postWindow = 3

func stems(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		for _, t := range textnorm.New(w).Tokens {
			m[t.Stem] = true
		}
		m[w] = true
	}
	return m
}

// context is what negation needs, computed once per listing.
type context struct {
	doc      *textnorm.Doc
	folded   string
	toks     []textnorm.Token
	warnSent []bool
	// mentionSent marks sentences that talk about adverts or offers.
	mentionSent []bool
}

// reset readies c for d, reusing its tables; the sentences are marked by
// mark as the tokens are looked up.
func (c *context) reset(d *textnorm.Doc) {
	n := len(d.Sentences) + 1
	c.doc, c.folded, c.toks = d, d.Folded, d.Tokens
	c.warnSent = resize(c.warnSent, n)
	c.mentionSent = resize(c.mentionSent, n)
}

// mark notes a sentence cue of the token's stem in its sentence.
func (c *context) mark(sent int, cue uint8) {
	if sent >= len(c.warnSent) {
		return
	}
	if cue&cueWarn != 0 {
		c.warnSent[sent] = true
	}
	if cue&cueMention != 0 {
		c.mentionSent[sent] = true
	}
}

// release drops c's references to the listing, which must not outlive
// Run in a pooled scratch.
func (c *context) release() { c.doc, c.folded, c.toks = nil, "", nil }

// resize returns b with n elements, all false, reusing its array when it
// is large enough.
func resize(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// warned reports whether token i sits in a sentence warning about scams.
func (c *context) warned(i int) bool {
	if i >= len(c.toks) {
		return false
	}
	sent := c.toks[i].Sentence
	return sent < len(c.warnSent) && c.warnSent[sent]
}

// negated reports whether the hit on tokens [i, j) is negated or sits in a
// warning sentence.
func (c *context) negated(i, j int) bool {
	if i >= len(c.toks) {
		return false
	}
	if c.warned(i) {
		return true
	}
	sent := c.toks[i].Sentence
	if sent < len(c.mentionSent) && c.mentionSent[sent] && c.quoted(i, j) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-negWindow && c.doc.SameClause(k, k+1); k-- {
		if preNegators[c.toks[k].Stem] {
			return true
		}
	}
	for k := j; k < len(c.toks) && k < j+postWindow && c.doc.SameClause(k-1, k); k++ {
		if postNegators[c.toks[k].Stem] {
			return true
		}
	}
	return false
}

// quoted reports whether tokens [i, j) sit directly inside quotation marks:
// the phrase is being quoted rather than said.
func (c *context) quoted(i, j int) bool {
	if j <= i || j > len(c.toks) {
		return false
	}
	before := strings.TrimRight(c.folded[:c.toks[i].Start], " ")
	after := strings.TrimLeft(c.folded[c.toks[j-1].End:], " ")
	return hasQuote(before, strings.HasSuffix) && hasQuote(after, strings.HasPrefix)
}

func hasQuote(s string, at func(s, affix string) bool) bool {
	for _, q := range []string{"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019"} {
		if at(s, q) {
			return true
		}
	}
	return false
}

// dropWarned removes the fact spans that lie in a sentence warning about
// scams ("Beware of recruiters writing from …@gmail.com"): there the
// extracted contact, pay or place is what to avoid, not what is offered.
// Extractors judge negation themselves; warnings span their sentence, so
// the engine judges them for every kind of hit. The spans may belong to
// the facts, so a changed list is a copy. It reports whether any is left.
func (c *context) dropWarned(spans []textnorm.Span) ([]textnorm.Span, bool) {
	warned := func(sp textnorm.Span) bool {
		i := c.doc.TokenAt(sp.Start)
		return i < len(c.toks) && c.warnSent[c.toks[i].Sentence]
	}
	if !slices.ContainsFunc(spans, warned) {
		return spans, true
	}
	kept := slices.DeleteFunc(slices.Clone(spans), warned)
	return kept, len(kept) > 0
}
