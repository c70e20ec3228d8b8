package eval

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Garbled reports whether text carries mojibake: UTF-8 punctuation that was
// decoded as Windows-1252 on its way into the file, so that "we’re" reads
// "weâ€™re" (or "we€™re" once the "â" is lost), "€" reads "â‚¬", "é" reads "Ã©" and a
// non-breaking space reads "Â ". A labelled file in which one class shows it
// and the other does not was assembled along two paths; a model trained on
// it learns the path, not the fraud. eval reports it so that readers can
// tell such a leak from a sign, and no rule uses it.
func Garbled(text string) bool {
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch r {
		case '€', 'â', 'Ã', 'Â':
		default:
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i:])
		if garbledPair(r, next) {
			return true
		}
	}
	return false
}

// garbledPair says whether lead followed by next is what Windows-1252 makes
// of a UTF-8 sequence. "€" and "â€" stand for the lead bytes E2 80 of the
// general punctuation block (’ “ ” – • …); "Ã" and "Â" for the lead bytes
// C3 and C2 of Latin-1 letters and signs.
func garbledPair(lead, next rune) bool {
	switch lead {
	case '€':
		// A euro sign is followed by a digit or a space, never by another
		// piece of Windows-1252 punctuation or a Latin-1 sign.
		return next != '\u00a0' && (strings.ContainsRune(cp1252High, next) || next >= 0x80 && next <= 0xbf)
	case 'â':
		return next == '€' || next == '‚' // E2 80 (’ “ ” – •), E2 82 (€)
	case 'Ã':
		return next >= 0x80 && next <= 0xbf || strings.ContainsRune(cp1252High, next)
	case 'Â':
		return next >= 0xa0 && next <= 0xbf
	}
	return false
}

// cp1252High holds what Windows-1252 decodes the bytes 0x80–0x9F to.
const cp1252High = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

// Silent describes the scams a set of rules never reaches and what ranking
// every other scam first would achieve.
type Silent struct {
	// Scams counts the scams on which none of the rules fired, and Groups
	// the near-duplicate groups they fall into.
	Scams, Groups int
	// Flagged counts those scams that still reach the given threshold.
	Flagged int
	// Ceiling is the file's figures if every other scam outranked every
	// honest advert while these kept their scores: what a perfect use of
	// the rules' signs would reach without a sign that finds these.
	Ceiling Metrics
}

// SilentFor measures the scams on which none of rules fired. threshold is a
// band's score; thresholds and prevalence are passed to Evaluate.
func SilentFor(samples []Sample, rules []string, threshold, prevalence float64, thresholds map[string]float64) Silent {
	var s Silent
	groups := map[string]bool{}
	ranked := make([]Sample, len(samples))
	for i, smp := range samples {
		ranked[i] = smp
		if !smp.Positive {
			continue
		}
		if firesAny(smp, rules) {
			ranked[i].Score = math.Inf(1)
			continue
		}
		s.Scams++
		key := smp.Group
		if key == "" {
			key = "id:" + smp.ID
		}
		groups[key] = true
		if smp.Score >= threshold {
			s.Flagged++
		}
	}
	s.Groups = len(groups)
	s.Ceiling = Evaluate(ranked, prevalence, thresholds)
	return s
}

// firesAny reports whether any of rules is among the sample's hits.
func firesAny(s Sample, rules []string) bool {
	for _, id := range s.Rules {
		for _, r := range rules {
			if id == r {
				return true
			}
		}
	}
	return false
}
