package employer

import (
	"os"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// TestLookupCue checks the shape filter in front of cueWords: every cue
// word is found, and other words get no cue.
func TestLookupCue(t *testing.T) {
	for w, c := range cueWords {
		if w[0] >= '0' && w[0] <= '9' {
			t.Errorf("cue word %q starts with a digit", w)
		}
		if got := lookupCue(w); got != c {
			t.Errorf("lookupCue(%q) = %b, want %b", w, got, c)
		}
	}
	for _, w := range []string{"", "x", "hello", "the", "12", "é", "company's", "zzzzzzzzzzzzzzzzzzzz"} {
		if got, want := lookupCue(w), cueWords[w]; got != want {
			t.Errorf("lookupCue(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestTokenCue checks that a token's cue read by its vocabulary id is the
// cue of its text, on the samples, on EMSCAD adverts when present, and on
// words that are cue words only in part or in another case.
func TestTokenCue(t *testing.T) {
	texts := []string{benchAd, "Company: ACME Pvt Ltd, street's end, Google's office; companies COMPANY Company-wide",
		"واٹس ایپ company کمپنی streets"}
	texts = append(texts, sampleTexts(t)...)
	if _, err := os.Stat(emscadtest.Path()); err == nil {
		for i, l := range emscadListings(t) {
			if i%3 == 0 {
				texts = append(texts, l.d.Src)
			}
		}
	}
	for _, s := range texts {
		d := textnorm.New(s)
		for i := range d.Tokens {
			tk := &d.Tokens[i]
			if got, want := tokenCue(tk), lookupCue(tk.Text); got != want {
				t.Fatalf("token %q: cue %b by id, %b by text", tk.Text, got, want)
			}
		}
	}
}
