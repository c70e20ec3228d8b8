package asks

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
)

var (
	// payVerbs and urduPayVerbs near a bare "fee" may make it a request.
	payVerbs     = lex.KeySet(`pay paid payable paying deposit deposited submit send transfer`)
	urduPayVerbs = lex.KeySet(`jama bhej bhejen bhejein bhejo dena deni dein karwa karwaein karwayen karwain karain karein
		lagegi lagay lagaye hogi ادا جمع`)
	purposes    = lex.KeySet(`confirm activate register book reserve unlock join secure get start`)
	imperatives = lex.KeySet(`pay deposit submit send transfer`)
	readerWords = lex.KeySet(`you your candidate candidates applicant applicants trainee trainees selected aap`)
	earners     = lex.KeySet(`tutor tutors tutoring teacher teachers teaching coaching consultant consultancy consultation
		doctor doctors lawyer lawyers legal freelance freelancer`)
	// dutyVerbs before a fee make it part of the work: "collecting security
	// deposits", "posting charges".
	dutyVerbs = lex.KeySet(`collect collects collecting collected process processes processing post posting bill billing
		reconcile reconciling handle handling manage managing track tracking calculate calculating`)
	// skipBeforeAmount may sit between a fee and its amount: "fee of Rs 500",
	// "fee is only 500", "fee: 500".
	skipBeforeAmount = lex.KeySet(`of is only amounting to just rs pkr inr usd aed sar qar php rupees rupee`)
	currencyWords    = lex.KeySet(`rs pkr inr usd aed sar qar php rupees rupee rupay rupaye روپے dollars dollar`)
	// others pay a fee the advert mentions: "the employer pays the visa
	// fee", "fees paid by the company".
	others     = lex.KeySet(`employer employers company companies we us client clients sponsor sponsors agency firm organisation organization government govt school institute parents kafeel`)
	othersPay  = lex.KeySet(`pay pays covers cover bear bears reimburse reimburses sponsor sponsors provides borne`)
	paidBy     = lex.KeySet(`paid borne covered sponsored`)
	reimbursed = lex.KeySet(`reimbursed reimbursable reimburse`)
	officialTo = 60 // tokens either side within which an official channel marks a fee
)

// fee judges a fee hit: denied or warned fees are dropped (a denied one
// is kept as a no-fee statement), fees others pay are dropped,
// and a bare "fee" needs an amount or a verb of paying in its clause.
func (c *ctx) fee(h cand) (Fee, bool) {
	if c.warned[c.d.Tokens[h.i].Sentence] || c.paidByOthers(h) {
		return Fee{}, false
	}
	if c.suppressed(h) {
		if h.tag.cat == catFee {
			c.denied = append(c.denied, c.span(h))
		}
		return Fee{}, false
	}
	if c.duty(h) {
		return Fee{}, false
	}
	f := Fee{Kind: h.tag.kind, Span: c.span(h)}
	f.Amount = c.amount(h)
	if h.tag.cat == catBareFee && (f.Amount == "" && !c.bareFeeAsked(h) || c.earnersFee(h)) {
		return Fee{}, false
	}
	c.qualify(&f, h)
	return f, true
}

// payAmount judges "pay Rs 999 to confirm your seat": the imperative
// starting a clause, an amount right after it and a purpose after that
// make a fee without the word "fee". "Pay: Rs 40,000 a month" is a salary
// label and has no purpose clause.
func (c *ctx) payAmount(h cand) (Fee, bool) {
	lo, hi := c.clauseTokens(h.i, h.j, true)
	if lo != h.i || c.clauseBreak(h.j, false) || h.j < len(c.keys) && strings.HasPrefix(c.d.Folded[c.d.Tokens[h.i].End:], ":") {
		return Fee{}, false
	}
	k := h.j
	for k < hi && k < h.j+2 && currencyWords[c.keys[k]] {
		k++
	}
	if k >= hi || !c.d.Tokens[k].Number {
		return Fee{}, false
	}
	amt := c.amountText(k)
	if amt == "" || !c.any(k+1, min(hi, k+6), purposes) || c.suppressed(h) {
		return Fee{}, false
	}
	f := Fee{Kind: "other", Span: c.span(h), Amount: amt}
	c.qualify(&f, h)
	return f, true
}

// bareFeeAsked reports whether a "fee" with no name and no amount is asked
// of the reader: a Roman Urdu or Urdu verb of paying ("fees jama
// karwaein"), or an English one that starts the clause ("Pay the fee") or
// shares it with the reader ("candidates must pay a fee"). "Brands pay a
// listing fee" describes a business, not a request.
func (c *ctx) bareFeeAsked(h cand) bool {
	lo, hi := c.clauseTokens(h.i, h.j, true)
	if c.any(lo, hi, urduPayVerbs) {
		return true
	}
	if !c.any(lo, hi, payVerbs) {
		return false
	}
	return imperatives[c.keys[lo]] || c.any(lo, hi, readerWords)
}

// earnersFee reports a fee named after the one who earns it: "tutor fee
// 12,000" is what the tutor is paid.
func (c *ctx) earnersFee(h cand) bool {
	return h.i > 0 && earners[c.keys[h.i-1]] && c.d.Tokens[h.i-1].Sentence == c.d.Tokens[h.i].Sentence
}

// duty reports a fee the job handles rather than pays: "collecting
// security deposits", "posting charges", "billing fees".
func (c *ctx) duty(h cand) bool {
	lo, _ := c.sentenceTokens(h.i)
	return c.anyBack(h.i-1, 3, lo, dutyVerbs)
}

// paidByOthers reports "the employer pays the visa fee" (a payer and a
// paying verb before the fee in its sentence) and "fee paid by the
// company" (a paid-by phrase after it).
func (c *ctx) paidByOthers(h cand) bool {
	lo, hi := c.sentenceTokens(h.i)
	// "Paid legal defense fees", "covered visa fees": a benefit.
	if c.anyBack(h.i-1, 3, lo, paidBy) {
		return true
	}
	for k := h.i - 1; k >= lo && k >= h.i-6; k-- {
		if othersPay[c.keys[k]] && k > lo && c.anyBack(k-1, 3, lo, others) {
			return true
		}
	}
	for k := h.j; k < hi && k < h.j+16; k++ {
		w := c.keys[k]
		if reimbursed[w] {
			return true
		}
		if !paidBy[w] {
			continue
		}
		for b := k + 1; b < hi && b <= k+2; b++ {
			if c.keys[b] == "by" && c.any(b+1, min(hi, b+4), others) {
				return true
			}
		}
	}
	return false
}

// anyBack reports whether one of the n tokens ending at k (not before lo)
// is in words.
func (c *ctx) anyBack(k, n, lo int, words map[string]bool) bool {
	return c.any(max(lo, k-n+1), k+1, words)
}

// amount returns the source text of an amount written right after or right
// before the fee, provided it carries a currency or has three digits.
func (c *ctx) amount(h cand) string {
	toks := c.d.Tokens
	lo, hi := c.sentenceTokens(h.i)
	k := h.j
	for k < hi && k < h.j+3 && skipBeforeAmount[c.keys[k]] && !toks[k].Number {
		k++
	}
	if k < hi && toks[k].Number && !c.clauseBreak(k, false) {
		return c.amountText(k)
	}
	// "2000 rupay fees", "Rs 500 fee", "2000 ki fees".
	k = h.i - 1
	for k >= lo && k >= h.i-3 && (currencyWords[c.keys[k]] || c.keys[k] == "ki" || c.keys[k] == "ka") {
		k--
	}
	if k >= lo && toks[k].Number {
		return c.amountText(k)
	}
	return ""
}

// amountText returns the source text of the amount whose number is token
// k, with a currency word or symbol on either side and a "/-" after it.
func (c *ctx) amountText(k int) string {
	toks, s := c.d.Tokens, c.d.Folded
	start, end := toks[k].Start, toks[k].End
	before := s[max(0, start-4):start]
	if i := strings.LastIndexAny(before, "$₹₨₱"); i >= 0 && strings.TrimSpace(before[i:]) != "" {
		start = start - len(before) + i
	} else if k > 0 && currencyWords[c.keys[k-1]] && toks[k-1].Sentence == toks[k].Sentence && gapShort(s[toks[k-1].End:start]) {
		start = toks[k-1].Start
	}
	if strings.HasPrefix(s[end:], "/-") {
		end += 2
	} else if k+1 < len(toks) && currencyWords[c.keys[k+1]] && gapShort(s[end:toks[k+1].Start]) {
		end = toks[k+1].End
		if strings.HasPrefix(s[end:], "/-") {
			end += 2
		}
	}
	txt := s[start:end]
	if start == toks[k].Start && end == toks[k].End && digits(txt) < 3 {
		return ""
	}
	a, b := c.d.Source(start, end)
	return strings.TrimSpace(c.d.Src[a:b])
}

// gapShort reports a gap of spaces, a dot or a colon between a currency
// word and its number ("Rs. 500", "Rs: 500").
func gapShort(g string) bool { return len(g) <= 3 && strings.Trim(g, " .:") == "" }

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// qualify sets Refundable and Official from the fee's surroundings.
func (c *ctx) qualify(f *Fee, h cand) {
	lo, hi := c.sentenceTokens(h.i)
	for k := max(lo, h.i-5); k < min(hi, h.j+8); k++ {
		if c.keys[k] == "refundable" {
			f.Refundable = !(k > 0 && (c.keys[k-1] == "non" || c.keys[k-1] == "not"))
		}
	}
	// A test or application fee in an advert that names an official
	// channel anywhere is that channel's fee ("other than the examination
	// fee mentioned above"); other fees need the channel close by.
	wide := len(c.official) > 0 && (f.Kind == "test" || f.Kind == "application")
	for _, o := range c.official {
		if wide || o.i >= h.i-officialTo && o.i < h.j+officialTo {
			f.Official = true
			if f.Kind == "other" {
				f.Kind = "application"
			}
			return
		}
	}
}
