package batch

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jobscreen/jobscreen/screener"
)

// RepostRuleID is the rule id of the finding MarkRepost adds.
const RepostRuleID = "repost-in-batch"

// Repost detection settings.
const (
	// minFingerprintText is the normalised length below which an advert is
	// too short to call a repost: "Apply now, great pay" recurs innocently.
	minFingerprintText = 200
	maxRepostIDs       = 10
	defaultMaxPrints   = 100_000
	repostPoints       = 8
)

// repostFinding explains the mass-posting sign. It has no evidence: the
// sign is the whole text, seen again.
func repostFinding() screener.Finding {
	return screener.Finding{
		RuleID: RepostRuleID, Title: "Same advert posted again under another id", Group: "process",
		Severity: "medium", Points: repostPoints, Evidence: []screener.Evidence{},
		Why: "The same advert text appears more than once in this batch under different ids or places. " +
			"Scam recruiters copy one advert across many cities and boards to reach as many people as " +
			"possible; real employers post copies too, so on its own this is a weak sign.",
		Advice: "Compare the copies: if the company name, contact or pay changes between them, or the " +
			"employer cannot say which office the job is in, treat the advert as suspect.",
	}
}

// Fingerprint hashes the normalised advert text of l: the lower-cased
// words, with digits (phone numbers, reference codes), punctuation and
// whitespace collapsed to one separator,
// and the words of l.Location dropped so the same advert posted for another
// city matches. It returns 0 when the text is too short to judge.
func Fingerprint(l screener.Listing) uint64 {
	var loc []string
	if l.Location != "" {
		loc = strings.FieldsFunc(strings.ToLower(l.Location), func(r rune) bool { return !unicode.IsLetter(r) })
	}
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h, n := uint64(offset64), 0
	var buf [64]rune
	word := buf[:0]
	flush := func() {
		if len(word) > 0 && !isLocWord(loc, word) {
			for _, r := range word {
				h = (h ^ uint64(r)) * prime64
			}
			h = (h ^ ' ') * prime64
			n += len(word) + 1
		}
		word = word[:0]
	}
	body := l.Body
	for i := 0; i < len(body); {
		// ASCII, nearly every byte of an advert, without decoding; a whole
		// ASCII word, the common case, is hashed straight from the text.
		if c := body[i]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				flush()
				i++
				continue
			}
			j := i + 1
			for j < len(body) && asciiLetter(body[j]) {
				j++
			}
			if len(word) == 0 && (j == len(body) || body[j] < utf8.RuneSelf) {
				if w := body[i:j]; !isLocASCII(loc, w) {
					for k := 0; k < len(w); k++ {
						h = (h ^ uint64(lowerASCII(w[k]))) * prime64
					}
					h = (h ^ ' ') * prime64
					n += len(w) + 1
				}
				i = j
				continue
			}
			for ; i < j; i++ { // the word goes on past ASCII
				word = append(word, rune(lowerASCII(body[i])))
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		if unicode.IsLetter(r) {
			word = append(word, unicode.ToLower(r))
		} else {
			flush()
		}
		i += size
	}
	flush()
	if n < minFingerprintText {
		return 0
	}
	return h
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte { return c | 0x20 }

// isLocASCII is isLocWord for a word of ASCII letters, not yet lower-cased.
func isLocASCII(loc []string, word string) bool {
next:
	for _, w := range loc {
		if len(w) != len(word) {
			continue
		}
		for k := 0; k < len(w); k++ {
			if w[k] != lowerASCII(word[k]) {
				continue next
			}
		}
		return true
	}
	return false
}

// isLocWord reports whether word is one of the location's words; it is
// string(word) == w for some w, without building the string.
func isLocWord(loc []string, word []rune) bool {
next:
	for _, w := range loc {
		k := 0
		for _, r := range w {
			if k == len(word) || word[k] != r {
				continue next
			}
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}

// repostIndex remembers, per fingerprint, the first ids that carried it.
type repostIndex struct {
	ids map[uint64][]string
	max int
}

func newRepostIndex(max int) *repostIndex {
	if max <= 0 {
		max = defaultMaxPrints
	}
	return &repostIndex{ids: map[uint64][]string{}, max: max}
}

// add records id under fp and returns the ids seen before it.
func (x *repostIndex) add(fp uint64, id string) []string {
	prev, ok := x.ids[fp]
	if !ok {
		if len(x.ids) < x.max {
			// Clone: a CSV field shares memory with its whole row.
			x.ids[fp] = []string{strings.Clone(id)}
		}
		return nil
	}
	out := slices.Clone(prev)
	if len(prev) < maxRepostIDs {
		x.ids[fp] = append(prev, strings.Clone(id))
	}
	return out
}

// MarkRepost adds the repost finding to rep and rescores it with s, so the
// report is scored exactly as the screener scores any other.
func MarkRepost(rep *screener.Report, s *screener.Screener) {
	rep.Findings = append(rep.Findings, repostFinding())
	s.Rescore(rep)
}
