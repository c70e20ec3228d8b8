package asks

import (
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Finding is a span of the folded text with a label saying what it is.
type Finding struct {
	textnorm.Span
	Kind string
}

// Fee is a fee, deposit or charge the applicant is asked to pay.
type Fee struct {
	textnorm.Span
	// Kind is one of rules.FeeKinds: "registration", "training", "kit",
	// "laptop", "visa", "processing", "deposit", "medical", "joining",
	// "application", "test", "placement", "advance", or "other" when the ad
	// gives the fee no name.
	Kind       string
	Refundable bool   // the ad says the money comes back (not "non-refundable")
	Amount     string // the amount as written in the source, when adjacent
	// Official marks a government-style application or test fee paid by
	// bank challan, treasury, SBI Collect, demand draft or a testing service.
	Official bool
}

// Document is an identity document the ad asks for.
type Document struct {
	Finding
	// Handover is true when the document is to be handed over and kept
	// ("will remain with the office", "passport jama"), false when a copy
	// or number is to be sent.
	Handover bool
}

// Facts holds the requests and reassurances found in one advert. The Kind
// words are the values of the asks facts' kind parameters in package rules.
type Facts struct {
	Fees []Fee
	// Payment are ways to pay the ad asks for; Kind is "gift-card",
	// "crypto", "wire", "wallet" or "deposit".
	Payment []Finding
	// Documents are identity documents asked for; Kind is "cnic",
	// "aadhaar", "pan", "passport", "originals", "ssn" or "ph-id".
	Documents []Document
	// Data are private data asked for; Kind is "bank", "card", "otp",
	// "login" or "bank-statement".
	Data []Finding
	// NoFeeStatement are statements that applicants pay nothing.
	NoFeeStatement []Finding
	// Warnings are the ad's own warnings about scams; Kind is "warning" or
	// "report" when it names where to report fraud.
	Warnings []Finding
}

// cand is a lexicon hit: tokens [i,j) of the document.
type cand struct {
	i, j int
	tag  tag
}

// Extract finds fees, payment methods, document and data requests, no-fee
// statements and scam warnings in d. It looks every token up in one
// lexicon once, then judges each hit by the tokens around it.
func Extract(d *textnorm.Doc) Facts {
	var f Facts
	if d == nil || len(d.Tokens) == 0 {
		return f
	}
	c := newCtx(d)
	defer c.release()
	c.scan()
	f.Warnings = c.warnings()
	f.NoFeeStatement = c.noFee()
	for _, h := range c.hits {
		c.judge(&f, h)
	}
	f.NoFeeStatement = addDenied(f.NoFeeStatement, c.denied)
	return f
}

// maxHits bounds the hits kept per category. Real adverts hold a handful;
// a megabyte of "fee fee fee" would otherwise spend seconds judging
// evidence nobody reads.
const maxHits = 256

// scan collects the lexicon hits, keeping for each category only hits that
// do not overlap an earlier hit of the same category ("original passport"
// then "passport").
func (c *ctx) scan() {
	var lastEnd, count [catPayVerb + 1]int
	for i := range c.keys {
		ph, end := lexicon.Longest(c.d, i)
		if ph == nil {
			continue
		}
		t := ph.Tag
		if t.cat == catBareFee && lastEnd[catFee] > i {
			continue
		}
		if lastEnd[t.cat] > i || count[t.cat] >= maxHits {
			continue
		}
		lastEnd[t.cat] = end
		count[t.cat]++
		h := cand{i, end, t}
		switch t.cat {
		case catWarning, catReport:
			c.warns = append(c.warns, h)
		case catOfficial:
			c.official = append(c.official, h)
		case catNegator:
			c.negators = append(c.negators, h)
		default:
			c.hits = append(c.hits, h)
		}
	}
}

func (c *ctx) judge(f *Facts, h cand) {
	switch h.tag.cat {
	case catFee, catBareFee:
		if fee, ok := c.fee(h); ok {
			f.Fees = append(f.Fees, fee)
		}
	case catPayVerb:
		if fee, ok := c.payAmount(h); ok {
			f.Fees = append(f.Fees, fee)
		}
	case catPayment:
		if c.payment(h) {
			f.Payment = append(f.Payment, c.finding(h))
		}
	case catDocument:
		if handover, ok := c.document(h); ok {
			// Show "passport copy", "CNIC picture" as the evidence.
			if h.j < len(c.keys) && copyCue[c.keys[h.j]] && !c.clauseBreak(h.j, true) {
				h.j++
			}
			f.Documents = append(f.Documents, Document{Finding: c.finding(h), Handover: handover})
		}
	case catData:
		if c.data(h) {
			f.Data = append(f.Data, c.finding(h))
		}
	}
}

func (c *ctx) finding(h cand) Finding { return Finding{Span: c.span(h), Kind: h.tag.kind} }

func (c *ctx) span(h cand) textnorm.Span {
	return textnorm.Span{Start: c.d.Tokens[h.i].Start, End: c.d.Tokens[h.j-1].End}
}

// addDenied adds each denied fee that no no-fee statement covers already.
func addDenied(stmts []Finding, denied []textnorm.Span) []Finding {
	n := len(stmts)
	for _, sp := range denied {
		covered := false
		for _, s := range stmts[:n] {
			covered = covered || s.Start < sp.End && sp.Start < s.End
		}
		if !covered {
			stmts = append(stmts, Finding{Span: sp, Kind: "no-fee"})
		}
	}
	if len(stmts) > n {
		sortFindings(stmts)
	}
	return stmts
}
