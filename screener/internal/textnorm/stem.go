package textnorm

import "strings"

// Stem returns the stem the matchers compare: the snowball English stem for
// words in Latin letters, the word itself for everything else (Urdu script,
// numbers), because snowball has no stemmer for those.
func Stem(word string) string { return stem(word) }

// stem is Stem through the vocabulary's cache.
func stem(w string) string {
	if len(w) < 3 || !latin(w) {
		return w
	}
	s, _ := vocab.stemID(w)
	return s
}

// latin reports whether w is all ASCII lower-case letters (with an inner
// apostrophe); snowball's English stemmer is meaningless for anything else.
func latin(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && c != '\'' {
			return false
		}
	}
	return true
}

// Intern gives each word an id from the process-wide vocabulary and
// returns them in order: a word keeps the id it already has, a new word
// gets the next free one. Words are compared in Key form, as Token.ID is.
// Every Doc tokenised after Intern returns carries these ids in
// Token.ID, so a lexicon can index its tables by id instead of hashing
// strings per token. Interning is meant for lexicons when they compile
// (it takes a lock and keeps the words for the life of the process),
// never for listing text.
func Intern(words ...string) []uint32 { return vocab.intern(words) }

// WordID returns the id of Key(w) when w was interned. For other words it
// returns 0, or the id the stem cache gave the word if it already holds it.
// It adds nothing to the vocabulary.
func WordID(w string) uint32 { return vocab.id(Key(w)) }

// urduVariants maps Arabic code points that Urdu writers often type instead
// of the Urdu ones (keyboards differ), so one spelling in a lexicon serves both.
var urduVariants = strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک", "ه", "ہ", "ة", "ہ", "ۀ", "ہ")

// Key is the form tokens and lexicon words are compared in: the word with
// Arabic letter variants mapped to the Urdu ones.
func Key(w string) string {
	for i := 0; i+1 < len(w); i++ {
		// The lead bytes of ة ك ه ى ي (U+0629..U+064A) and ۀ (U+06C0);
		// Replace allocates, so it runs only when one of them may be there.
		if c := w[i]; c == 0xd8 || c == 0xd9 || c == 0xdb && w[i+1] == 0x80 {
			return urduVariants.Replace(w)
		}
	}
	return w
}
