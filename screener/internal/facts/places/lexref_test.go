package places

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex/lexref"
)

// TestSignalsMatchReference checks the id-based phrase index against the
// string-keyed matcher it replaced, at every token of the samples and, when
// present, of the EMSCAD dev adverts.
func TestSignalsMatchReference(t *testing.T) {
	lexref.Check(t, lexPatterns(signals), signalSet, lexref.Corpus(t, "../../../.."))
}
