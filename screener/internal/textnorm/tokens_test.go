package textnorm

import "testing"

func TestSentenceTokens(t *testing.T) {
	d := New("One two three. Four five six seven. Eight")
	// Token 4 ("five") sits in the second sentence, tokens 3..6.
	if lo, hi := d.SentenceTokens(4, 40); lo != 3 || hi != 7 {
		t.Errorf("SentenceTokens(4, 40) = %d, %d, want 3, 7", lo, hi)
	}
	// The reach cuts a long sentence on both sides.
	if lo, hi := d.SentenceTokens(4, 1); lo != 3 || hi != 5 {
		t.Errorf("SentenceTokens(4, 1) = %d, %d, want 3, 5", lo, hi)
	}
	if lo, hi := d.SentenceTokens(7, 40); lo != 7 || hi != 8 {
		t.Errorf("SentenceTokens(7, 40) = %d, %d, want 7, 8", lo, hi)
	}
}
