// Package match compiles validated rules into an immutable matcher and runs
// it over one normalised listing.
//
// All phrase matchers share one index keyed by their first stem, so a
// listing's tokens are walked once whatever the number of rules. Regular
// expressions run only after one of their keywords was seen in the folded
// text. Negation cues and scam-warning sentences are found once per listing
// and cancel phrase and regex hits of rules that allow it. Fact tests read
// the facts extracted once per listing. Combination rules run last, in
// dependency order.
package match
