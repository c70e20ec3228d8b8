package places

import "github.com/jobscreen/jobscreen/screener/internal/facts/lex"

// A pattern is one phrase of the relocation-signal lexicon in lex's slot
// syntax, with what a match means here.
type pattern struct {
	text  string
	kind  string // the Finding.Kind it produces; "" for phrases that only block others
	group group
	tight bool // tokens must touch ("be&oe"), because the spaced form is ordinary English
}

// tag is what a matched phrase tells the extractor.
type tag struct {
	kind  string
	group group
}

type phrase = lex.Phrase[tag]

func compilePatterns(ps []pattern) *lex.Set[tag] { return lex.Compile(lexPatterns(ps)) }

func lexPatterns(ps []pattern) []lex.Pattern[tag] {
	out := make([]lex.Pattern[tag], len(ps))
	for i, p := range ps {
		out[i] = lex.Pattern[tag]{Text: p.text, Tag: tag{p.kind, p.group}, Tight: p.tight}
	}
	return out
}
