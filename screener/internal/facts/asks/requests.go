package asks

import "github.com/jobscreen/jobscreen/screener/internal/facts/lex"

var (
	// payCue words near a wallet make it a request to pay with it.
	payCue = lex.KeySet(`pay send transfer deposit purchase buy karein karen kren karo kar bhej bhejen bhejein bhejo jama
		this number pe par screenshot`)
	feeWords = lex.KeySet(`fee fees charges فیس`)
	// receiveCue words mean the wallet pays the applicant: "salary via
	// Easypaisa", "withdraw to JazzCash".
	receiveCue = lex.KeySet(`salary salaries receive received payout payouts withdraw withdrawal commission earn earning
		earnings profit income stipend wages`)
	// sendCue words send a document or data away: a request to a stranger.
	sendCue = lex.KeySet(`send share whatsapp email e-mail upload bhej bhejen bhejein bhejo inbox dm attach attached
		بھیجیں بھیج`)
	// channelCue words before a send word make it a channel, not a request:
	// "offer letter by email", "updates via WhatsApp".
	channelCue = lex.KeySet(`by via through`)
	// copyCue words ask for a copy, a picture or a number of a document.
	copyCue = lex.KeySet(`copy copies scan scanned picture pictures pic pics photo photos photocopy front back number
		details no کاپی تصویر`)
	// inPersonCue words mean the document is shown at an office or an
	// interview, which asks for nothing.
	inPersonCue = lex.KeySet(`bring brings come visit walk show shown dikhani dikhana dikhayen interview verification
		verify verified office`)
	// handoverCue words mean the document is taken and kept.
	handoverCue = lex.KeySet(`handover surrender surrendered retain retained keep kept remain remains deposit deposited jama
		held custody جمع`)
	// submitCue hands over originals: "submit your original certificates".
	submitCue     = lex.KeySet(`submit submitted submission`)
	originalWords = lex.KeySet(`original originals asal اصل`)
	// returnCue words undo a handover: "returned the same day".
	returnCue = lex.KeySet(`return returned returning wapas واپس`)
	// customerCue words mean the data are somebody else's (a verification
	// agent checks customers' cards): that role has its own rule.
	customerCue = lex.KeySet(`customer customers client clients caller callers cardholder cardholders patient patients user users`)
	// askCue words (or "your") make a mention of data a request for it.
	askCue = lex.KeySet(`your apna apni apne share provide give reply enter tell submit send bhej bhejen batain bataen with
		bataein fill need needed required mandatory`)
	// issueCue words mean the data are given to the applicant: "you will
	// receive your login details".
	issueCue = lex.KeySet(`receive get issued assigned created`)
	// upiHandles follow "@" in a UPI ID ("name@okaxis").
	upiHandles = lex.KeySet(`okaxis okhdfcbank okicici oksbi ybl paytm upi ibl axl apl`)
)

// payment judges a payment-channel hit: gift cards, crypto, wire and
// deposits into a given account count wherever they are not denied; a
// mobile wallet only when the advert asks the reader to pay with it, not
// when it pays salaries through it.
func (c *ctx) payment(h cand) bool {
	if c.suppressed(h) {
		return false
	}
	if h.tag.kind != "wallet" {
		return true
	}
	if h.i > 0 && upiHandles[c.keys[h.i]] && c.d.Folded[c.d.Tokens[h.i].Start-1] == '@' {
		return true
	}
	lo, hi := c.clauseTokens(h.i, h.j, true)
	if c.any(lo, hi, receiveCue) {
		return false
	}
	slo, shi := c.sentenceTokens(h.i)
	if lo == slo {
		lo = c.wrappedStart(lo)
	}
	// "Registration fee: Rs 500 (non-refundable) via Easypaisa".
	return c.any(lo, hi, payCue) || c.any(slo, shi, feeWords)
}

// document judges a document hit. A document to be kept by the recruiter
// is a handover; one whose copy or picture is to be sent is a request;
// one to be brought to an interview or shown at an office, or merely held
// ("must hold a valid passport"), asks for nothing.
func (c *ctx) document(h cand) (handover, ok bool) {
	if c.suppressed(h) || c.passportSize(h) {
		return false, false
	}
	lo, hi := c.sentenceTokens(h.i)
	clo, chi := c.clauseTokens(h.i, h.j, true)
	kept := c.any(lo, hi, handoverCue) || c.handOver(lo, hi) || c.original(h) && c.any(lo, hi, submitCue)
	switch {
	case kept && !c.any(lo, hi, returnCue) && !c.any(clo, chi, copyCue):
		return true, true
	case c.sentBefore(lo, h.i) || c.any(h.j, chi, sendCue):
		return false, true
	case c.inPerson(lo, hi):
		return false, false
	case c.any(clo, chi, copyCue):
		return false, true
	case h.tag.kind == "ssn" || h.tag.kind == "ph-id":
		// "Provide your SSN" asks; "SSS, PhilHealth and Pag-IBIG" in a
		// list of benefits does not.
		return false, c.any(clo, chi, askCue)
	}
	return false, false
}

// sentBefore reports a sending verb earlier in the sentence that governs
// the hit at token i — "Email your CV, passport copy, …" — with no
// in-person verb in between ("email your CV and bring your CNIC"). A send
// word after "by" or "via" names a channel and asks nothing ("offer letter
// by email, CNIC verification at joining").
func (c *ctx) sentBefore(lo, i int) bool {
	for k := i - 1; k >= lo; k-- {
		if inPersonCue[c.keys[k]] {
			return false
		}
		if sendCue[c.keys[k]] && !(k > lo && channelCue[c.keys[k-1]]) {
			return true
		}
	}
	return false
}

// handOver reports "hand over" in tokens [lo,hi).
func (c *ctx) handOver(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if c.keys[k] == "hand" && c.keys[k+1] == "over" {
			return true
		}
	}
	return false
}

// original reports a hit that names original documents ("original
// passport", "asal documents").
func (c *ctx) original(h cand) bool {
	return originalWords[c.keys[h.i]]
}

// passportSize reports "passport-size photo", which is a photo format.
func (c *ctx) passportSize(h cand) bool {
	return h.tag.kind == "passport" && h.j < len(c.keys) && (c.keys[h.j] == "size" || c.keys[h.j] == "sized")
}

// inPerson reports an in-person cue in the sentence, or, for a short list
// item, in the lead-in line that ends with a colon ("Come for interview
// with:" above "• Original CNIC").
func (c *ctx) inPerson(lo, hi int) bool {
	if c.any(lo, hi, inPersonCue) {
		return true
	}
	plo, phi, ok := c.leadInOf(lo, hi)
	return ok && c.any(plo, phi, inPersonCue)
}

// leadInOf finds, for a list item (a sentence of at most ten tokens
// [lo,hi)), the line ending with a colon that introduces its list, walking
// back over the other short items.
func (c *ctx) leadInOf(lo, hi int) (plo, phi int, ok bool) {
	if hi-lo > 10 {
		return 0, 0, false
	}
	for step := 0; step < 8 && lo > 0; step++ {
		plo, phi = c.sentenceTokens(lo - 1)
		if c.leadIn(phi) {
			return plo, phi, true
		}
		if phi-plo > 10 {
			return 0, 0, false
		}
		lo = plo
	}
	return 0, 0, false
}

// wrappedStart moves a sentence start lo back over hard-wrapped lines
// ("Pay the fee Rs 1,500\n   through JazzCash"), at most three.
func (c *ctx) wrappedStart(lo int) int {
	for n := 0; n < 3 && lo > 0; n++ {
		s := c.d.Tokens[lo].Sentence
		if s == 0 || !c.wrapsOn(s-1) {
			break
		}
		lo, _ = c.sentenceTokens(lo - 1)
	}
	return lo
}

// leadIn reports whether the sentence whose last token is hi-1 ends with a
// colon.
func (c *ctx) leadIn(hi int) bool {
	t := c.d.Tokens[hi-1]
	end := c.d.Sentences[t.Sentence].End
	if end > len(c.d.Folded) || t.End > end {
		return false
	}
	rest := c.d.Folded[t.End:end]
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case ':':
			return true
		case ' ', '\t', '\n', '\r', '-':
		default:
			return false
		}
	}
	return false
}

// data judges a private-data hit: a request when the clause addresses the
// reader ("your", "share", "reply with") and the data are neither the
// customers' nor issued to the reader.
func (c *ctx) data(h cand) bool {
	if c.suppressed(h) {
		return false
	}
	lo, hi := c.sentenceTokens(h.i)
	if c.any(lo, hi, customerCue) || c.duty(h) {
		return false
	}
	clo, chi := c.clauseTokens(h.i, h.j, true)
	if h.tag.kind != "otp" && c.any(clo, h.i, issueCue) {
		return false
	}
	if h.tag.kind == "otp" || c.any(clo, chi, askCue) {
		return true
	}
	// "Reply with:" above "3. Bank account number / IBAN".
	plo, phi, ok := c.leadInOf(lo, hi)
	return ok && c.any(plo, phi, askCue)
}
