// Package textnorm turns a listing's text into the one normalised form every
// matcher reads: NFKC-folded, lower-cased, with zero-width and formatting
// characters removed and common look-alike letters mapped to Latin, plus the
// tokens, snowball stems and sentence boundaries of that form.
//
// It is computed once per listing. Every byte of the folded text keeps a map
// back to the source bytes it came from, so a match found in the folded text
// can be reported as the exact bytes of the input.
//
// Every token also carries an id from one process-wide vocabulary (the same
// table caches the stems). Lexicons Intern their words when they compile,
// so "is this token one of my words" is a bit test on Token.ID instead of
// a string hash; words interned later (the embedded gazetteer is compiled
// at the first screener.New) are seen by every Doc tokenised after Intern
// returns. Rule packs intern nothing: the rule engine compares stems.
package textnorm
