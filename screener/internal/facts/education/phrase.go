package education

import "github.com/jobscreen/jobscreen/screener/internal/facts/lex"

// A pattern is one phrase of the education lexicon in lex's slot syntax,
// with what a match means here.
type pattern struct {
	text  string
	kind  kind
	level Level
	tight bool // tokens must touch ("a-level", "b.e"), because the spaced form is ordinary English
	plain bool // tokens are separated by spaces or a hyphen only: "HS graduate", "K-12", not "Intermediate (graduates"
}

// tag is what a matched phrase tells the extractor.
type tag struct {
	kind  kind
	level Level
}

type phrase = lex.Phrase[tag]

func compile(ps []pattern) *lex.Set[tag] { return lex.Compile(lexPatterns(ps)) }

func lexPatterns(ps []pattern) []lex.Pattern[tag] {
	out := make([]lex.Pattern[tag], len(ps))
	for i, p := range ps {
		out[i] = lex.Pattern[tag]{Text: p.text, Tag: tag{p.kind, p.level}, Tight: p.tight, Plain: p.plain}
	}
	return out
}
