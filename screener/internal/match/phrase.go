package match

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// maxGap is how many words ".." in a phrase may skip.
const maxGap = 3

type word struct {
	stem string // "" for a wildcard
	gap  bool   // ".." : skip up to maxGap words
}

// phrase is one compiled phrase of a rule (or of its unless list).
type phrase struct {
	rule   int
	unless bool
	words  []word
	src    string
	gaps   bool // some word is ".."
}

// compilePhrase tokenises and stems a phrase exactly as listings are, so the
// two always agree on what a word is.
func compilePhrase(rule int, unless bool, text string) phrase {
	p := phrase{rule: rule, unless: unless, src: text}
	for _, chunk := range strings.Fields(text) {
		switch chunk {
		case "*":
			p.words = append(p.words, word{})
		case "..":
			p.words = append(p.words, word{gap: true})
		default:
			for _, t := range textnorm.New(chunk).Tokens {
				p.words = append(p.words, word{stem: t.Stem})
			}
		}
	}
	// Leading wildcards cannot anchor the index and add nothing.
	for len(p.words) > 0 && p.words[0].stem == "" {
		p.words = p.words[1:]
	}
	for _, w := range p.words {
		p.gaps = p.gaps || w.gap
	}
	return p
}

// matchAt tries the phrase at token i, whose stem is the phrase's first
// word, and returns the end token (exclusive) of the shortest match.
// Matches stay within one sentence.
func (p *phrase) matchAt(toks []textnorm.Token, i int) (int, bool) {
	if p.gaps {
		return matchWords(toks, i, toks[i].Sentence, p.words)
	}
	// Without gaps a phrase is one run of words: compare them in place.
	end := i + len(p.words)
	if end > len(toks) {
		return 0, false
	}
	sent := toks[i].Sentence
	for k, w := range p.words[1:] {
		t := &toks[i+1+k]
		if t.Sentence != sent || w.stem != "" && t.Stem != w.stem {
			return 0, false
		}
	}
	return end, true
}

func matchWords(toks []textnorm.Token, i, sent int, words []word) (int, bool) {
	if len(words) == 0 {
		return i, true
	}
	w := words[0]
	if w.gap {
		for skip := 0; skip <= maxGap; skip++ {
			if end, ok := matchWords(toks, i+skip, sent, words[1:]); ok {
				return end, true
			}
			if i+skip >= len(toks) || toks[i+skip].Sentence != sent {
				break
			}
		}
		return 0, false
	}
	if i >= len(toks) || toks[i].Sentence != sent {
		return 0, false
	}
	if w.stem != "" && toks[i].Stem != w.stem {
		return 0, false
	}
	return matchWords(toks, i+1, sent, words[1:])
}
