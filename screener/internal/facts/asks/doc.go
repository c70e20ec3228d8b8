// Package asks finds what an advert asks the applicant to hand over: fees
// of any name, ways to pay, identity documents, and private data such as
// bank details or one-time codes. It also finds the opposite — statements
// that no fee is ever charged, and warnings about scams — because honest
// employers write "we never ask for a fee" and those words must not count as
// a request for one.
//
// Every candidate request is checked against its clause: a negator a few
// words before it ("no", "never", "do not", "koi … nahi") or a scam warning
// in the same sentence cancels it. Official government application fees paid
// through a bank challan, treasury or a testing service are kept but marked
// Official so rules can treat them apart from upfront-fee scams.
//
// Spans are byte offsets into textnorm.Doc.Folded.
package asks
