// Package facts runs every fact extractor once per listing and binds the
// fact tests that rules name (pay.high, employer.unnamed …) to what the
// extractors found.
//
// The extractors live in the sub-packages, one per kind of fact: pay,
// education, places, contacts, employer and asks (requests for money,
// documents and data). The vocabulary of fact names and their parameters
// is rules.FactNames; binding checks that every name has an
// implementation here.
package facts
