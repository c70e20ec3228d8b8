package employer

import "testing"

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
