package education

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// A pattern is a phrase written as space-separated slots; each slot lists
// alternative words separated by "|" and may end in "?" to be optional.
// Writing phrases this way keeps the word lists readable for reviewers who
// know Roman Urdu but not Go.
type pattern struct {
	text  string
	kind  kind
	level Level
	tight bool // tokens must touch ("a-level", "b.e"), because the spaced form is ordinary English
	plain bool // tokens are separated by spaces or a hyphen only: "HS graduate", "K-12", not "Intermediate (graduates"
}

type slot struct {
	words    map[string]bool
	optional bool
}

type phrase struct {
	slots []slot
	kind  kind
	level Level
	tight bool
	plain bool
}

// phraseSet indexes phrases by the words their first slot accepts, so each
// token costs one map lookup plus the few phrases that start with it.
type phraseSet struct{ byFirst map[string][]*phrase }

func compile(ps []pattern) *phraseSet {
	set := &phraseSet{byFirst: make(map[string][]*phrase)}
	for _, p := range ps {
		ph := &phrase{kind: p.kind, level: p.level, tight: p.tight, plain: p.plain}
		for _, f := range strings.Fields(p.text) {
			s := slot{words: make(map[string]bool), optional: strings.HasSuffix(f, "?")}
			for _, w := range strings.Split(strings.TrimSuffix(f, "?"), "|") {
				s.words[normKey(w)] = true
			}
			ph.slots = append(ph.slots, s)
		}
		set.index(ph)
	}
	return set
}

// index files ph under each word its first slot accepts. A leading optional
// slot ("koi? degree ...") is filed twice, with and without it, so the
// index never has to guess where a phrase starts.
func (set *phraseSet) index(ph *phrase) {
	if len(ph.slots) == 0 {
		return
	}
	if ph.slots[0].optional {
		rest := *ph
		rest.slots = ph.slots[1:]
		set.index(&rest)
		with := *ph
		with.slots = append([]slot{{words: ph.slots[0].words}}, ph.slots[1:]...)
		ph = &with
	}
	for w := range ph.slots[0].words {
		set.byFirst[w] = append(set.byFirst[w], ph)
	}
}

// longest returns the phrase that matches the most tokens from i, and the
// index just past its last token; nil when none does.
func (s *phraseSet) longest(d *textnorm.Doc, keys []string, i int) (*phrase, int) {
	var best *phrase
	bestEnd := -1
	for _, ph := range s.byFirst[keys[i]] {
		if end := ph.match(d, keys, 1, i+1, i); end > bestEnd {
			best, bestEnd = ph, end
		}
	}
	return best, bestEnd
}

// match tries slots[si:] against tokens from ti and returns the furthest
// end reached, or -1. Phrases never cross a sentence.
func (ph *phrase) match(d *textnorm.Doc, keys []string, si, ti, first int) int {
	if si == len(ph.slots) {
		return ti
	}
	best := -1
	if ti < len(keys) && ph.slots[si].words[keys[ti]] &&
		d.Tokens[ti].Sentence == d.Tokens[first].Sentence && (!ph.tight || touching(d, ti-1, ti)) &&
		(!ph.plain || plainGap(between(d, ti-1, ti))) {
		best = ph.match(d, keys, si+1, ti+1, first)
	}
	if ph.slots[si].optional {
		if e := ph.match(d, keys, si+1, ti, first); e > best {
			best = e
		}
	}
	return best
}

// plainGap reports whether the bytes between two tokens join them into
// one phrase: nothing but spaces, or a hyphen.
func plainGap(gap string) bool { return gap == "" || gap == "-" }

// touching reports whether tokens a and b are joined by at most one
// punctuation byte ("a-level", "b.e", "u.k").
func touching(d *textnorm.Doc, a, b int) bool {
	gap := d.Folded[d.Tokens[a].End:d.Tokens[b].Start]
	return len(gap) <= 1 && strings.TrimSpace(gap) == gap
}

// between returns the bytes separating tokens a and b, trimmed of spaces.
func between(d *textnorm.Doc, a, b int) string {
	return strings.TrimSpace(d.Folded[d.Tokens[a].End:d.Tokens[b].Start])
}

// urduVariants maps Arabic code points that Urdu writers often type instead
// of the Urdu ones (keyboards differ), so one spelling in the lexicon serves both.
var urduVariants = strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک", "ه", "ہ", "ة", "ہ", "ۀ", "ہ")

// normKey is the form tokens and lexicon words are compared in.
func normKey(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return urduVariants.Replace(w)
		}
	}
	return w
}

// tokenKeys returns the comparison key of every token of d.
func tokenKeys(d *textnorm.Doc) []string {
	keys := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		keys[i] = normKey(t.Text)
	}
	return keys
}
