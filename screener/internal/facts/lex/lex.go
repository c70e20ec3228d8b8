// Package lex matches small word-list phrases against a listing's tokens.
// The education and places extractors write their lexicons in it, so the
// phrase syntax, the Urdu spelling folds and the matching rules are the same
// in both.
//
// A phrase is written as space-separated slots; each slot lists alternative
// words separated by "|" and may end in "?" to be optional, e.g.
// "koi? degree zaroori|zaruri nahi|nahin". Writing phrases this way keeps
// the word lists readable for reviewers who know Roman Urdu but not Go.
package lex

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Pattern is one phrase of a lexicon, with the caller's Tag (what a match
// means to the extractor).
type Pattern[T any] struct {
	Text  string
	Tag   T
	Tight bool // tokens must touch ("a-level", "be&oe"): the spaced form is ordinary English
	Plain bool // tokens are separated by spaces or a hyphen only ("HS graduate", "K-12")
}

type slot struct {
	words    map[string]bool
	optional bool
}

// Phrase is a compiled Pattern.
type Phrase[T any] struct {
	Tag   T
	slots []slot
	tight bool
	plain bool
}

// Set indexes phrases by the words their first slot accepts, so each token
// costs one map lookup plus the few phrases that start with it.
type Set[T any] struct {
	byFirst map[string][]*Phrase[T]
	// lead marks the first two bytes of every key of byFirst: most tokens
	// start no phrase, and the bitmap says so without hashing the token.
	lead *[1 << 16 / 64]uint64
}

// leadIndex is the bit of lead that w's first two bytes (one for a
// one-byte word) select.
func leadIndex(w string) int {
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

func (set *Set[T]) first(w string) []*Phrase[T] {
	if w != "" {
		if i := leadIndex(w); set.lead[i/64]&(1<<(i%64)) == 0 {
			return nil
		}
	}
	return set.byFirst[w]
}

// Compile builds a Set; it is meant to run once, at package init.
func Compile[T any](ps []Pattern[T]) *Set[T] {
	set := &Set[T]{byFirst: make(map[string][]*Phrase[T]), lead: new([1 << 16 / 64]uint64)}
	for _, p := range ps {
		ph := &Phrase[T]{Tag: p.Tag, tight: p.Tight, plain: p.Plain}
		for _, f := range strings.Fields(p.Text) {
			s := slot{words: make(map[string]bool), optional: strings.HasSuffix(f, "?")}
			for _, w := range strings.Split(strings.TrimSuffix(f, "?"), "|") {
				s.words[Key(w)] = true
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
func (set *Set[T]) index(ph *Phrase[T]) {
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
		if w != "" {
			i := leadIndex(w)
			set.lead[i/64] |= 1 << (i % 64)
		}
	}
}

// Longest returns the phrase that matches the most tokens from token i, and
// the index just past its last token; nil when none does. keys are the
// tokens' Keys.
func (set *Set[T]) Longest(d *textnorm.Doc, keys []string, i int) (*Phrase[T], int) {
	var best *Phrase[T]
	bestEnd := -1
	for _, ph := range set.first(keys[i]) {
		if end := ph.match(d, keys, 1, i+1, i); end > bestEnd {
			best, bestEnd = ph, end
		}
	}
	return best, bestEnd
}

// match tries slots[si:] against tokens from ti and returns the furthest
// end reached, or -1. Phrases never cross a sentence.
func (ph *Phrase[T]) match(d *textnorm.Doc, keys []string, si, ti, first int) int {
	if si == len(ph.slots) {
		return ti
	}
	best := -1
	if ti < len(keys) && ph.slots[si].words[keys[ti]] &&
		d.Tokens[ti].Sentence == d.Tokens[first].Sentence && (!ph.tight || Touching(d, ti-1, ti)) &&
		(!ph.plain || plainGap(Between(d, ti-1, ti))) {
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

// Touching reports whether tokens a and b are joined by at most one
// punctuation byte ("a-level", "b.e", "u.k").
func Touching(d *textnorm.Doc, a, b int) bool {
	gap := d.Folded[d.Tokens[a].End:d.Tokens[b].Start]
	return len(gap) <= 1 && strings.TrimSpace(gap) == gap
}

// Between returns the bytes separating tokens a and b, trimmed of spaces.
func Between(d *textnorm.Doc, a, b int) string {
	return strings.TrimSpace(d.Folded[d.Tokens[a].End:d.Tokens[b].Start])
}

// Key is the form tokens and lexicon words are compared in; see textnorm.Key.
func Key(w string) string { return textnorm.Key(w) }

// Keys returns the comparison key of every token of d; compute it once per
// listing and pass it to Longest.
func Keys(d *textnorm.Doc) []string { return AppendKeys(make([]string, 0, len(d.Tokens)), d) }

// AppendKeys appends the comparison key of every token of d to dst, so a
// caller can reuse one slice across listings.
func AppendKeys(dst []string, d *textnorm.Doc) []string {
	for _, t := range d.Tokens {
		dst = append(dst, Key(t.Text))
	}
	return dst
}

// Len returns the number of index entries; zero means no phrase can ever
// start a match.
func (set *Set[T]) Len() int {
	n := 0
	for _, phs := range set.byFirst {
		n += len(phs)
	}
	return n
}
