// Package lex matches small word-list phrases against a listing's tokens.
// The education, places and asks extractors write their lexicons in it, so
// the phrase syntax, the Urdu spelling folds and the matching rules are the
// same in all. Words are interned in the textnorm vocabulary when a lexicon
// compiles and compared by Token.ID; Words is the matching set type for an
// extractor's own word lists.
//
// A phrase is written as space-separated slots; each slot lists alternative
// words separated by "|" and may end in "?" to be optional, e.g.
// "koi? degree zaroori|zaruri nahi|nahin". Writing phrases this way keeps
// the word lists readable for reviewers who know Roman Urdu but not Go.
package lex

import (
	"slices"
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
	ids      []uint32 // textnorm ids of the words the slot accepts
	optional bool
}

// has reports whether the slot accepts the word with id id; the lists are
// short, so a scan beats any hashing.
func (s *slot) has(id uint32) bool {
	if id == 0 {
		return false
	}
	for _, x := range s.ids {
		if x == id {
			return true
		}
	}
	return false
}

// Phrase is a compiled Pattern.
type Phrase[T any] struct {
	Tag   T
	slots []slot
	tight bool
	plain bool
}

// Set indexes phrases by the words their first slot accepts, so each token
// costs one bit test, plus a map lookup and the few phrases that start with
// it for the tokens that start any.
type Set[T any] struct {
	byFirst map[uint32][]*Phrase[T]
	// starts holds every key of byFirst: most tokens start no phrase, and
	// the bitset says so without hashing anything.
	starts Words
}

func (set *Set[T]) first(id uint32) []*Phrase[T] {
	if !set.starts.Has(id) {
		return nil
	}
	return set.byFirst[id]
}

// Compile builds a Set; it is meant to run once, when a lexicon is built.
// Its words are interned in the textnorm vocabulary (see textnorm.Intern).
func Compile[T any](ps []Pattern[T]) *Set[T] {
	set := &Set[T]{byFirst: make(map[uint32][]*Phrase[T])}
	var starts []uint32
	for _, p := range ps {
		ph := &Phrase[T]{Tag: p.Tag, tight: p.Tight, plain: p.Plain}
		for _, f := range strings.Fields(p.Text) {
			s := slot{optional: strings.HasSuffix(f, "?")}
			for _, id := range textnorm.Intern(strings.Split(strings.TrimSuffix(f, "?"), "|")...) {
				if !slices.Contains(s.ids, id) {
					s.ids = append(s.ids, id)
				}
			}
			ph.slots = append(ph.slots, s)
		}
		starts = set.index(ph, starts)
	}
	set.starts = WordsOf(starts)
	return set
}

// index files ph under each word its first slot accepts. A leading optional
// slot ("koi? degree ...") is filed twice, with and without it, so the
// index never has to guess where a phrase starts.
func (set *Set[T]) index(ph *Phrase[T], starts []uint32) []uint32 {
	if len(ph.slots) == 0 {
		return starts
	}
	if ph.slots[0].optional {
		rest := *ph
		rest.slots = ph.slots[1:]
		starts = set.index(&rest, starts)
		with := *ph
		with.slots = append([]slot{{ids: ph.slots[0].ids}}, ph.slots[1:]...)
		ph = &with
	}
	for _, id := range ph.slots[0].ids {
		set.byFirst[id] = append(set.byFirst[id], ph)
		starts = append(starts, id)
	}
	return starts
}

// Longest returns the phrase that matches the most tokens from token i, and
// the index just past its last token; nil when none does. Tokens are
// compared by Token.ID, the id of their Key.
func (set *Set[T]) Longest(d *textnorm.Doc, i int) (*Phrase[T], int) {
	var best *Phrase[T]
	bestEnd := -1
	for _, ph := range set.first(d.Tokens[i].ID) {
		if end := ph.match(d, 1, i+1, i); end > bestEnd {
			best, bestEnd = ph, end
		}
	}
	return best, bestEnd
}

// match tries slots[si:] against tokens from ti and returns the furthest
// end reached, or -1. Phrases never cross a sentence.
func (ph *Phrase[T]) match(d *textnorm.Doc, si, ti, first int) int {
	if si == len(ph.slots) {
		return ti
	}
	best := -1
	if ti < len(d.Tokens) && ph.slots[si].has(d.Tokens[ti].ID) &&
		d.Tokens[ti].Sentence == d.Tokens[first].Sentence && (!ph.tight || Touching(d, ti-1, ti)) &&
		(!ph.plain || plainGap(Between(d, ti-1, ti))) {
		best = ph.match(d, si+1, ti+1, first)
	}
	if ph.slots[si].optional {
		if e := ph.match(d, si+1, ti, first); e > best {
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

// KeySet returns the Keys of a space-separated word list as a set, for
// the extractors' small word lists that are looked up by token key.
func KeySet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[Key(w)] = true
	}
	return m
}

// Keys returns the comparison key of every token of d; compute it once per
// listing and pass it to Longest.
func Keys(d *textnorm.Doc) []string { return AppendKeys(make([]string, 0, len(d.Tokens)), d) }

// AppendKeys appends the comparison key of every token of d to dst, so a
// caller can reuse one slice across listings.
func AppendKeys(dst []string, d *textnorm.Doc) []string {
	if d.KeysAreTexts() {
		for _, t := range d.Tokens {
			dst = append(dst, t.Text)
		}
		return dst
	}
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

// Words is a set of interned words: a bitset indexed by textnorm id, so
// testing a token is one bit test on Token.ID instead of hashing its key.
type Words struct{ bits []uint64 }

// NewWords interns the space-separated words of list (in Key form, like
// tokens) and returns their set.
func NewWords(list string) Words { return WordsOf(textnorm.Intern(strings.Fields(list)...)) }

// WordsOf returns the set of the given ids.
func WordsOf(ids []uint32) Words {
	var w Words
	for _, id := range ids {
		if n := int(id/64) + 1; n > len(w.bits) {
			w.bits = slices.Grow(w.bits, n-len(w.bits))[:n]
		}
		w.bits[id/64] |= 1 << (id % 64)
	}
	return w
}

// Has reports whether the word with id id is in the set; id 0 (a word
// nobody interned) never is.
func (w Words) Has(id uint32) bool {
	i := int(id / 64)
	return id != 0 && i < len(w.bits) && w.bits[i]&(1<<(id%64)) != 0
}
