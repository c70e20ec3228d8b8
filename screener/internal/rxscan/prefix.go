package rxscan

import (
	"regexp/syntax"
	"unicode/utf8"
)

// maxSet bounds the prefix sets built for one pattern; a pattern whose
// prefixes do not fit runs as a plain regexp instead.
const maxSet = 4096

// maxClass bounds how many runes of one character class are enumerated.
const maxClass = 512

// A word is a prefix of at most 4 bytes packed in a number: its length
// times 2^32 plus its bytes, the first in the lowest 8 bits. The empty
// prefix is 0. Sets of words are slices without repeats, in no order.
type word = uint64

func wordOf(s string) word {
	w := word(len(s)) << 32
	for i := range len(s) {
		w |= word(s[i]) << (8 * i)
	}
	return w
}

func wordLen(w word) int { return int(w >> 32) }

func wordString(w word) string {
	b := [4]byte{byte(w), byte(w >> 8), byte(w >> 16), byte(w >> 24)}
	return string(b[:wordLen(w)])
}

// join is x followed by y, cut to k bytes; x is shorter than k.
func join(x, y word, k int) word {
	lx := wordLen(x)
	n := min(lx+wordLen(y), k)
	bytes := (x | y<<(8*lx)) & (1<<(8*n) - 1)
	return word(n)<<32 | bytes
}

// enum enumerates prefix sets for one compile. A pattern asks for the same
// sub-expressions many times (the whole pattern, each alternative, each
// gate tail, each k), so enum remembers every node's set: the sets it
// returns are shared and must not be changed. Sets are built as words in
// a reused hash table rather than as strings in fresh maps.
type enum struct {
	memo map[enumKey]enumSet
	free []*wordTable // tables not in use; a sub-expression takes its own
}

type enumKey struct {
	re      *syntax.Regexp
	k, most int
}

type enumSet struct {
	set []word
	ok  bool
}

func newEnum() *enum { return &enum{memo: map[enumKey]enumSet{}} }

// prefixes returns every string of length k that some match of re starts
// with, plus every whole match shorter than k, as words; the set is shared
// (see enum). ok is false when the set has more than most words at some
// step, or cannot be known (any-character, case folding, U+FFFD which
// stands for invalid input bytes).
func (e *enum) prefixes(re *syntax.Regexp, k, most int) ([]word, bool) {
	key := enumKey{re, k, most}
	if v, ok := e.memo[key]; ok {
		return v.set, v.ok
	}
	set, ok := e.enumerate(re, k, most)
	if !ok {
		set = nil
	}
	e.memo[key] = enumSet{set, ok}
	return set, ok
}

// emptyOnly is the set of the empty match; shared, never changed.
var emptyOnly = []word{0}

func (e *enum) enumerate(re *syntax.Regexp, k, most int) ([]word, bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return []word{}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return emptyOnly, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		var b []byte
		for _, r := range re.Rune {
			if r == utf8.RuneError {
				return nil, false
			}
			b = utf8.AppendRune(b, r)
		}
		return []word{wordOf(trunc(string(b), k))}, true
	case syntax.OpCharClass:
		return e.class(re.Rune, k)
	case syntax.OpCapture:
		return e.prefixes(re.Sub[0], k, most)
	case syntax.OpQuest:
		set, ok := e.prefixes(re.Sub[0], k, most)
		if !ok {
			return nil, false
		}
		for _, w := range set {
			if w == 0 {
				return set, true
			}
		}
		return append(append(make([]word, 0, len(set)+1), set...), 0), true
	case syntax.OpStar, syntax.OpPlus:
		return e.repeated(re, k, most)
	case syntax.OpConcat:
		acc := emptyOnly
		// Nested parts are taken one by one, so "[a-z]{5}" after a prefix
		// only adds the bytes still missing instead of all 26^5 words.
		for _, sub := range flatten(re) {
			if full(acc, k) {
				break // later parts cannot change k-byte prefixes
			}
			set, ok := e.prefixes(sub, k, most)
			if !ok {
				return nil, false
			}
			if len(acc) == 1 && acc[0] == 0 && len(set) <= most {
				acc = set // "" then set is set itself
				continue
			}
			if acc, ok = e.concat(acc, set, k, most); !ok {
				return nil, false
			}
		}
		return acc, true
	case syntax.OpAlternate:
		t := e.table()
		defer e.done(t)
		for _, sub := range re.Sub {
			set, ok := e.prefixes(sub, k, most)
			if !ok {
				return nil, false
			}
			for _, w := range set {
				t.add(w)
			}
			if len(t.list) > most {
				return nil, false
			}
		}
		return t.take(), true
	}
	return nil, false // OpAnyChar, OpAnyCharNotNL, OpRepeat (Simplify removes it)
}

// repeated handles x* and x+: each round can add at most k bytes that
// matter, so k rounds reach every prefix.
func (e *enum) repeated(re *syntax.Regexp, k, most int) ([]word, bool) {
	one, ok := e.prefixes(re.Sub[0], k, most)
	if !ok {
		return nil, false
	}
	acc := emptyOnly
	t := e.table()
	defer e.done(t)
	for range k {
		if !e.concatInto(t, acc, one, k, most) {
			return nil, false
		}
		for _, w := range acc {
			t.add(w)
		}
		acc = t.take()
	}
	if re.Op == syntax.OpPlus {
		return e.concat(one, acc, k, most)
	}
	return acc, true
}

func (e *enum) class(ranges []rune, k int) ([]word, bool) {
	n := 0
	for i := 0; i < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	if n > maxClass {
		return nil, false
	}
	t := e.table()
	defer e.done(t)
	var b [utf8.UTFMax]byte
	for i := 0; i < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if r == utf8.RuneError {
				return nil, false
			}
			if utf8.ValidRune(r) {
				n := utf8.EncodeRune(b[:], r)
				t.add(wordOf(string(b[:min(n, k)])))
			}
		}
	}
	return t.take(), true
}

// concat returns every x+y cut to k bytes, or false when there are more
// than most.
func (e *enum) concat(a, b []word, k, most int) ([]word, bool) {
	t := e.table()
	defer e.done(t)
	if !e.concatInto(t, a, b, k, most) {
		return nil, false
	}
	return t.take(), true
}

// concatInto is concat leaving the words in t, for more to be added.
func (e *enum) concatInto(t *wordTable, a, b []word, k, most int) bool {
	t.reset()
	for _, x := range a {
		if wordLen(x) >= k {
			t.add(x)
		} else {
			for _, y := range b {
				t.add(join(x, y, k))
			}
		}
		if len(t.list) > most {
			return false
		}
	}
	return true
}

func full(set []word, k int) bool {
	for _, w := range set {
		if wordLen(w) < k {
			return false
		}
	}
	return true
}

func trunc(s string, k int) string {
	if len(s) > k {
		return s[:k]
	}
	return s
}

// table returns an empty word table.
func (e *enum) table() *wordTable {
	if n := len(e.free); n > 0 {
		t := e.free[n-1]
		e.free = e.free[:n-1]
		return t.reset()
	}
	return new(wordTable).reset()
}

func (e *enum) done(t *wordTable) { e.free = append(e.free, t) }

// wordTable gathers a set of words without repeats: an open-addressing
// table whose slots are cleared by moving to a new generation.
type wordTable struct {
	keys []word
	gen  []uint32
	cur  uint32
	list []word // the words, in order of arrival
}

func (t *wordTable) reset() *wordTable {
	if t.keys == nil {
		t.keys, t.gen = make([]word, 1024), make([]uint32, 1024)
	}
	t.cur++
	if t.cur == 0 { // wrapped: old stamps could match again
		clear(t.gen)
		t.cur = 1
	}
	t.list = t.list[:0]
	return t
}

func (t *wordTable) add(w word) {
	mask := uint64(len(t.keys) - 1)
	for i := (w * 0x9E3779B97F4A7C15 >> 32) & mask; ; i = (i + 1) & mask {
		if t.gen[i] != t.cur {
			t.gen[i], t.keys[i] = t.cur, w
			t.list = append(t.list, w)
			if 2*len(t.list) > len(t.keys) {
				t.grow()
			}
			return
		}
		if t.keys[i] == w {
			return
		}
	}
}

func (t *wordTable) grow() {
	list := t.list
	t.keys, t.gen, t.cur = make([]word, 2*len(t.keys)), make([]uint32, 2*len(t.gen)), 1
	t.list = nil
	for _, w := range list {
		t.add(w)
	}
}

// take returns a copy of the words gathered since reset.
func (t *wordTable) take() []word {
	return append(make([]word, 0, len(t.list)), t.list...)
}
