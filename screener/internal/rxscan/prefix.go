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

// prefixes returns every string of length k that some match of re starts
// with, plus every whole match shorter than k. ok is false when the set is
// too big to enumerate or cannot be known (any-character, case folding,
// U+FFFD which stands for invalid input bytes).
func prefixes(re *syntax.Regexp, k int) (set map[string]bool, ok bool) {
	return prefixesUpTo(re, k, maxSet)
}

// prefixesUpTo is prefixes with a bound on the set size other than maxSet.
func prefixesUpTo(re *syntax.Regexp, k, most int) (set map[string]bool, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return map[string]bool{}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return map[string]bool{"": true}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		b := []byte{}
		for _, r := range re.Rune {
			if r == utf8.RuneError {
				return nil, false
			}
			b = utf8.AppendRune(b, r)
		}
		return map[string]bool{trunc(string(b), k): true}, true
	case syntax.OpCharClass:
		return classPrefixes(re.Rune, k)
	case syntax.OpCapture:
		return prefixesUpTo(re.Sub[0], k, most)
	case syntax.OpQuest:
		set, ok := prefixesUpTo(re.Sub[0], k, most)
		if ok {
			set[""] = true
		}
		return set, ok
	case syntax.OpStar, syntax.OpPlus:
		return repeated(re, k, most)
	case syntax.OpConcat:
		acc := map[string]bool{"": true}
		// Nested parts are taken one by one, so "[a-z]{5}" after a prefix
		// only adds the bytes still missing instead of all 26^5 words.
		for _, sub := range flatten(re) {
			if full(acc, k) {
				break // later parts cannot change k-byte prefixes
			}
			set, ok := prefixesUpTo(sub, k, most)
			if !ok {
				return nil, false
			}
			if acc, ok = concat(acc, set, k, most); !ok {
				return nil, false
			}
		}
		return acc, true
	case syntax.OpAlternate:
		acc := map[string]bool{}
		for _, sub := range re.Sub {
			set, ok := prefixesUpTo(sub, k, most)
			if !ok {
				return nil, false
			}
			for w := range set {
				acc[w] = true
			}
			if len(acc) > most {
				return nil, false
			}
		}
		return acc, true
	}
	return nil, false // OpAnyChar, OpAnyCharNotNL, OpRepeat (Simplify removes it)
}

// repeated handles x* and x+: each round can add at most k bytes that
// matter, so k rounds reach every prefix.
func repeated(re *syntax.Regexp, k, most int) (map[string]bool, bool) {
	one, ok := prefixesUpTo(re.Sub[0], k, most)
	if !ok {
		return nil, false
	}
	acc := map[string]bool{"": true}
	for range k {
		next, ok := concat(acc, one, k, most)
		if !ok {
			return nil, false
		}
		for w := range acc {
			next[w] = true
		}
		acc = next
	}
	if re.Op == syntax.OpPlus {
		return concat(one, acc, k, most)
	}
	return acc, true
}

func classPrefixes(ranges []rune, k int) (map[string]bool, bool) {
	n := 0
	for i := 0; i < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	if n > maxClass {
		return nil, false
	}
	set := map[string]bool{}
	for i := 0; i < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if r == utf8.RuneError {
				return nil, false
			}
			if utf8.ValidRune(r) {
				set[trunc(string(r), k)] = true
			}
		}
	}
	return set, true
}

func concat(a, b map[string]bool, k, most int) (map[string]bool, bool) {
	out := make(map[string]bool, min(len(a)*len(b), 64))
	// Each x+y is built in buf, already cut to k bytes, and only a new
	// prefix is copied into a string: most pairs repeat one once cut.
	buf := make([]byte, k)
	for x := range a {
		if len(x) >= k {
			out[x] = true
			continue
		}
		n := copy(buf, x)
		for y := range b {
			w := buf[:n+copy(buf[n:], y)]
			if !out[string(w)] {
				out[string(w)] = true
			}
		}
		if len(out) > most {
			return nil, false
		}
	}
	return out, true
}

func full(set map[string]bool, k int) bool {
	for w := range set {
		if len(w) < k {
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
