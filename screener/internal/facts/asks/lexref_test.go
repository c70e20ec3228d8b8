package asks

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex/lexref"
)

// TestLexiconMatchesReference checks the id-based phrase index against the
// string-keyed matcher it replaced, at every token of the samples and, when
// present, of the EMSCAD dev adverts.
func TestLexiconMatchesReference(t *testing.T) {
	lexref.Check(t, lexPatterns(), lexicon, lexref.Corpus(t, "../../../.."))
}
