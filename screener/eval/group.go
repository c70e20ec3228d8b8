package eval

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"
)

// groupPrefix is how many normalised characters GroupKey hashes: enough
// to tell two different adverts apart (two or three sentences), short
// enough that text appended later — a signature, a city list, a
// "reposted" line — does not split a group.
const groupPrefix = 300

// GroupKey returns the near-duplicate key of an advert: a hash of the first
// 300 characters of its normalised text (letters only, lower-cased, every
// run of digits, punctuation and space collapsed to one space).
//
// Pass the longest descriptive field (the description), not the title or
// location: a job board reposts the same advert under another city by
// changing the location field and the title, and this key then stays the
// same. Digits are dropped so that changed phone numbers, dates and pay
// figures do not split a group either. The key is exact on that prefix:
// when the city is written inside the first sentences, use Cluster, which
// tolerates a changed word anywhere. Text with no letters gets "", which
// Folds treats as a group of its own.
func GroupKey(text string) string {
	norm := normalise(text)
	if norm == "" {
		return ""
	}
	if r := []rune(norm); len(r) > groupPrefix {
		norm = strings.TrimSpace(string(r[:groupPrefix]))
	}
	h := fnv.New64a()
	h.Write([]byte(norm))
	return fmt.Sprintf("g%016x", h.Sum64())
}

// normalise lower-cases text, keeps letters and turns every other run of
// characters into one space.
func normalise(text string) string {
	var b strings.Builder
	space := false
	for _, r := range text {
		if unicode.IsLetter(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}
