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
	// Kind is what the fee is called: "registration", "training", "kit",
	// "laptop", "visa", "processing", "security deposit", "medical",
	// "joining", "form", "application", "test", "examination", "refundable",
	// or "fee" when the ad gives it no name.
	Kind       string
	Refundable bool   // the ad says the money comes back (not "non-refundable")
	Amount     string // the amount as written in the source, when adjacent
	// Official marks a government-style application or test fee paid by
	// bank challan, treasury, SBI Collect, demand draft or a testing service.
	Official bool
}

// Facts holds the requests and reassurances found in one advert.
type Facts struct {
	Fees []Fee
	// Payment are ways to pay the ad asks for; Kind is "gift-card",
	// "crypto", "wire", "wallet" or "deposit".
	Payment []Finding
	// Documents are identity documents asked for; Kind is "cnic", "aadhaar",
	// "pan", "passport", "originals" or "ssn".
	Documents []Finding
	// Data are private data asked for; Kind is "bank", "card", "otp",
	// "login" or "bank-statement".
	Data []Finding
	// NoFeeStatement are statements that applicants pay nothing.
	NoFeeStatement []Finding
	// Warnings are the ad's own warnings about scams; Kind is "warning" or
	// "report" when it names where to report fraud.
	Warnings []Finding
}

// Extract finds fees, payment methods, document and data requests, no-fee
// statements and scam warnings in d.
func Extract(d *textnorm.Doc) Facts {
	var f Facts
	if d == nil || d.Folded == "" {
		return f
	}
	c := newCtx(d)
	f.Warnings = c.warnings()
	f.NoFeeStatement = c.noFee()
	f.Fees = c.fees()
	f.Payment = c.requests(paymentRe, paymentKinds, paymentNeedsVerb)
	f.Documents = c.requests(documentRe, documentKinds, documentNeedsContext)
	f.Data = c.requests(dataRe, dataKinds, nil)
	return f
}
