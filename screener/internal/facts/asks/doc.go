// Package asks finds what an advert asks the applicant to hand over: fees
// of any name, ways to pay, identity documents, and private data such as
// bank details or one-time codes. It also finds the opposite — statements
// that no fee is ever charged, and warnings about scams — because honest
// employers write "we never ask for a fee" and those words must not count as
// a request for one.
//
// Extraction works on the listing's tokens: every word is looked up once in
// one lexicon (lexicon.go, written in package lex's phrase syntax so that
// Roman Urdu and Urdu spellings are easy to review), and each hit is then
// judged by the words around it, never by a regular expression:
//
//   - a negator a few words before it ("no", "never", "koi … nahi"), even
//     across a list of fee names ("no registration, training or security
//     fee"), or a denial after it ("fees nahi", "fee waived") cancels it;
//   - a scam warning in the same sentence cancels it, and a one-to-three
//     word warning heading ("Khabardar!") warns the next sentence too;
//   - fees that someone else pays ("the employer pays the visa fee", "fee
//     paid by company", "reimbursed") and fees the job handles ("collecting
//     security deposits") are not requests;
//   - a document brought to an interview or shown at an office is not a
//     request; one "kept by the company" or that "will remain with the
//     office" is a handover; a copy or picture to send is a request.
//
// Official government application fees paid through a bank challan,
// treasury or a testing service are kept but marked Official so rules can
// treat them apart from upfront-fee scams.
//
// The Kind words of findings are the values of the asks facts' kind
// parameters (rules.FeeKinds, PaymentKinds, DocumentKinds, DataKinds).
// Spans are byte offsets into textnorm.Doc.Folded.
package asks
