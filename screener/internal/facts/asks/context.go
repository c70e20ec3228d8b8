package asks

import (
	"regexp"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// ctx carries one document and which sentences hold a scam warning.
type ctx struct {
	d      *textnorm.Doc
	s      string
	warned map[int]bool // sentence index → the sentence warns about scams
	// official holds the official-payment markers, found on first use.
	official [][]int
}

func newCtx(d *textnorm.Doc) *ctx {
	return &ctx{d: d, s: d.Folded, warned: map[int]bool{}}
}

var (
	// negWords cancel a request when they come a few words before it.
	negWords = set(`no not never don't dont doesn't won't without zero nil free nahi nahin nai mat na
		koi_nahi نہیں مفت never-ever`)
	// negAfter cancel a request when they follow it: "fees nahi", "fee: nil".
	negAfter = set(`nahi nahin nai not nil none waived نہیں`)
	// requirementNouns after "no" mean the negation is about something else:
	// "no degree needed registration fee 500" still asks for a fee.
	requirementNouns = set(`degree experience qualification interview age matric education ielts
		english skills skill certificate certificates target targets`)
	wordSplit = regexp.MustCompile(`[^\p{L}\p{N}'_-]+`)
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// clause returns the text of the clause around [start,end): bounded by the
// sentence, by ",", ";", "(" or ")", and by 120 bytes each side.
func (c *ctx) clause(start, end int) (before, after string) {
	lo, hi := max(0, start-120), min(len(c.s), end+120)
	if len(c.d.Sentences) > 0 {
		sent := c.d.Sentences[c.d.SentenceOf(start)]
		lo, hi = max(lo, sent.Start), min(hi, max(sent.End, end))
	}
	before, after = c.s[lo:start], c.s[end:hi]
	if i := strings.LastIndexAny(before, ",;()"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.IndexAny(after, ",;()"); i >= 0 {
		after = after[:i]
	}
	return before, after
}

// negated reports whether the clause around a request denies it.
func (c *ctx) negated(start, end int) bool {
	before, after := c.clause(start, end)
	bw := wordSplit.Split(strings.TrimSpace(before), -1)
	if len(bw) > 6 {
		bw = bw[len(bw)-6:]
	}
	for i, w := range bw {
		if negWords[w] && !(i+1 < len(bw) && requirementNouns[bw[i+1]]) {
			return true
		}
	}
	aw := wordSplit.Split(strings.TrimSpace(after), -1)
	for i, w := range aw {
		if i >= 4 {
			break
		}
		if negAfter[w] {
			return true
		}
	}
	return false
}

// suppressed reports whether a request at [start,end) is denied or sits in
// a sentence that warns about scams.
func (c *ctx) suppressed(start, end int) bool {
	return c.warned[c.d.SentenceOf(start)] || c.negated(start, end)
}

func span(m []int) textnorm.Span { return textnorm.Span{Start: m[0], End: m[1]} }

// group returns the index of the first participating capture group.
func group(m []int) int {
	for g := 1; 2*g < len(m); g++ {
		if m[2*g] >= 0 {
			return g
		}
	}
	return 0
}
