package pay

import (
	"reflect"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex/lexref"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// TestFindDocAgreesWithFind checks that looking words up by token id finds
// exactly what the string lookup finds, over the samples and, when present,
// the EMSCAD dev adverts (and an upper-cased copy of each).
func TestFindDocAgreesWithFind(t *testing.T) {
	n := 0
	for _, text := range lexref.Corpus(t, "../../../..") {
		for _, v := range []string{text, strings.ToUpper(text)} {
			d := textnorm.New(v)
			got, want := FindDoc(d), Find(d.Folded)
			n += len(want)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("FindDoc differs from Find on %.60q:\n got %+v\nwant %+v", v, got, want)
			}
		}
	}
	t.Logf("%d figures compared", n)
	if FindDoc(nil) != nil || FindDoc(textnorm.New("")) != nil {
		t.Errorf("FindDoc of an empty doc found figures")
	}
}

// TestLexemeOfAgreesWithLookup checks the id index word by word against
// lookup, for every lexicon word and a few that are not in it.
func TestLexemeOfAgreesWithLookup(t *testing.T) {
	words := []string{"zzqx", "the", "a", "", "rupees"}
	for w := range lexicon {
		words = append(words, w)
	}
	for _, w := range words {
		if !ascii(w) {
			continue // FindDoc looks these up by string
		}
		if got, want := lexemeOf(textnorm.WordID(w)), lookup(w); got != want {
			t.Errorf("%q: lexemeOf = %v, lookup = %v", w, got, want)
		}
	}
}
