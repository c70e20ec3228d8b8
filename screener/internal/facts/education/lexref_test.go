package education

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex/lexref"
)

// TestPhrasesMatchReference checks the id-based phrase index against the
// string-keyed matcher it replaced, at every token of the samples and, when
// present, of the EMSCAD dev adverts.
func TestPhrasesMatchReference(t *testing.T) {
	ps := lexPatterns(allPatterns())
	lexref.Check(t, ps, phrases, lexref.Corpus(t, "../../../.."))
}
