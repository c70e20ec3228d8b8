// Package rules owns the rule format of jobscreen: the schema of a rule pack,
// the strict loader that turns YAML into validated rules, the catalogue of
// extracted facts a rule may test, and the default packs embedded in the
// binary.
//
// Rules are data. Each one carries what it looks for (stemmed phrases,
// regular expressions behind keywords, extracted facts, structured fields,
// or other rules), what cancels it, how many points it adds, and the words
// that explain it to a reader: why it matters, what to do, and where the
// knowledge comes from. Loading never panics: every problem in every file is
// collected and reported with the file, the rule, the field and what is
// allowed.
//
// This package knows nothing of how rules are matched; package screener
// compiles and runs them.
package rules
