package asks

import (
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
)

var (
	// reassure before "scam"/"fraud" turns a warning into a sales claim
	// ("100% genuine, no scam"), which is no warning at all.
	reassure = lex.KeySet(`no not non zero genuine real legit legitimate 100`)
	// chargeVerbs after "never"/"not" make a no-fee statement ("we never
	// charge candidates"); askVerbs need a money word after them too ("we
	// do not ask for any money"), since "we never ask for your OTP" is a
	// warning about data, not about fees.
	chargeVerbs = lex.KeySet(`charge charges charged charging`)
	askVerbs    = lex.KeySet(`ask asks asking take takes taking demand demands demanding request requests requesting collect collects collecting require requires requiring accept accepts`)
	auxiliaries = lex.KeySet(`do does did will shall would can`)
	moneyWords  = lex.KeySet(`fee fees money payment payments charges deposit deposits amount paisa paise`)
)

// warnings keeps the warning hits that are not reassurances and marks their
// sentences. A sentence of one to three words ("Khabardar!", "Beware:")
// is a heading, so it warns the sentence after it too.
func (c *ctx) warnings() []Finding {
	var out []Finding
	c.warned = map[int]bool{}
	for _, h := range c.warns {
		if h.tag.cat == catWarning && h.j-h.i == 1 && c.reassured(h.i) {
			continue
		}
		kind := "warning"
		if h.tag.cat == catReport {
			kind = "report"
		}
		out = append(out, Finding{Span: c.span(h), Kind: kind})
		s := c.d.Tokens[h.i].Sentence
		c.warned[s] = true
		if lo, hi := c.sentenceTokens(h.i); hi-lo <= 3 {
			c.warned[s+1] = true
		}
		// A hard-wrapped line goes on in the next "sentence": "... and
		// of\nanyone who asks you to pay through JazzCash".
		for n := 0; n < 3 && !c.warned[s+1] && c.wrapsOn(s); n, s = n+1, s+1 {
			c.warned[s+1] = true
		}
	}
	return out
}

// wrapsOn reports whether sentence s ends at a line break with no closing
// punctuation and the next one starts with a lower-case letter.
func (c *ctx) wrapsOn(s int) bool {
	sents := c.d.Sentences
	if s+1 >= len(sents) {
		return false
	}
	end := sents[s].End
	if end == 0 || c.d.Folded[end-1] != '\n' {
		return false
	}
	tail := strings.TrimRight(c.d.Folded[sents[s].Start:end], " \t\r\n")
	if tail == "" || strings.ContainsAny(tail[len(tail)-1:], ".!?:;") {
		return false
	}
	i := c.d.TokenAt(sents[s+1].Start)
	if i >= len(c.d.Tokens) || c.d.Tokens[i].Sentence != s+1 {
		return false
	}
	r := c.d.Src[c.srcStart(i)]
	return 'a' <= r && r <= 'z'
}

// srcStart is the source offset of token i.
func (c *ctx) srcStart(i int) int {
	a, _ := c.d.Source(c.d.Tokens[i].Start, c.d.Tokens[i].End)
	return a
}

// reassured reports "no scam", "100% genuine, no fraud": a reassuring word
// one or two tokens before a warning word.
func (c *ctx) reassured(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if reassure[c.keys[k]] {
			return true
		}
	}
	return false
}

// noFee returns the no-fee phrases, and statements such as "we never
// charge candidates" or "we do not take any money" found from a negator.
func (c *ctx) noFee() []Finding {
	var out []Finding
	for _, h := range c.hits {
		if h.tag.cat == catNoFee {
			out = append(out, Finding{Span: c.span(h), Kind: "no-fee"})
		}
	}
	for _, h := range c.negators {
		if j, ok := c.denialOfFee(h.j); ok {
			i := h.i
			if i > 0 && auxiliaries[c.keys[i-1]] && c.d.Tokens[i-1].Sentence == c.d.Tokens[i].Sentence {
				i--
			}
			out = append(out, Finding{Span: c.span(cand{i: i, j: j}), Kind: "no-fee"})
		}
	}
	sortFindings(out)
	return out
}

// moneyAfter extends a "never charge" statement to the money word that
// follows it in the clause ("do not charge candidates any fee").
func (c *ctx) moneyAfter(j, hi int) int {
	for m := j; m < hi && m < j+4 && !c.clauseBreak(m, true); m++ {
		if moneyWords[c.keys[m]] {
			return m + 1
		}
	}
	return j
}

// denialOfFee looks after a negator ending at token j for a charging verb,
// or an asking verb followed by a money word, within the sentence; it
// returns the end of the statement.
func (c *ctx) denialOfFee(j int) (int, bool) {
	_, hi := c.sentenceTokens(j - 1)
	for k := j; k < hi && k < j+2; k++ {
		w := c.keys[k]
		if chargeVerbs[w] {
			return c.moneyAfter(k+1, hi), true
		}
		if askVerbs[w] {
			for m := k + 1; m < hi && m < k+5 && !c.clauseBreak(m, true); m++ {
				if moneyWords[c.keys[m]] {
					return m + 1, true
				}
			}
			return 0, false
		}
	}
	return 0, false
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int { return a.Start - b.Start })
}
