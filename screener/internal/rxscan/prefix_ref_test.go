package rxscan

import (
	"regexp/syntax"
	"unicode/utf8"
)

// prefixesRef is the enumeration as it was before enum remembered sets:
// enum must give exactly its sets.
func prefixesRef(re *syntax.Regexp, k, most int) (set map[string]bool, ok bool) {
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
		return classPrefixesRef(re.Rune, k)
	case syntax.OpCapture:
		return prefixesRef(re.Sub[0], k, most)
	case syntax.OpQuest:
		set, ok := prefixesRef(re.Sub[0], k, most)
		if ok {
			set[""] = true
		}
		return set, ok
	case syntax.OpStar, syntax.OpPlus:
		return repeatedRef(re, k, most)
	case syntax.OpConcat:
		acc := map[string]bool{"": true}
		// Nested parts are taken one by one, so "[a-z]{5}" after a prefix
		// only adds the bytes still missing instead of all 26^5 words.
		for _, sub := range flatten(re) {
			if fullRef(acc, k) {
				break // later parts cannot change k-byte prefixes
			}
			set, ok := prefixesRef(sub, k, most)
			if !ok {
				return nil, false
			}
			if acc, ok = concatRef(acc, set, k, most); !ok {
				return nil, false
			}
		}
		return acc, true
	case syntax.OpAlternate:
		acc := map[string]bool{}
		for _, sub := range re.Sub {
			set, ok := prefixesRef(sub, k, most)
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

// repeatedRef handles x* and x+: each round can add at most k bytes that
// matter, so k rounds reach every prefix.
func repeatedRef(re *syntax.Regexp, k, most int) (map[string]bool, bool) {
	one, ok := prefixesRef(re.Sub[0], k, most)
	if !ok {
		return nil, false
	}
	acc := map[string]bool{"": true}
	for range k {
		next, ok := concatRef(acc, one, k, most)
		if !ok {
			return nil, false
		}
		for w := range acc {
			next[w] = true
		}
		acc = next
	}
	if re.Op == syntax.OpPlus {
		return concatRef(one, acc, k, most)
	}
	return acc, true
}

func concatRef(a, b map[string]bool, k, most int) (map[string]bool, bool) {
	out := make(map[string]bool, min(len(a)*len(b), 64))
	// Each x+y is built in buf, already cut to k bytes, and only a new
	// prefix is copied into a string: most pairs repeat one once cut.
	buf := make([]byte, k)
	for x := range a {
		if len(x) >= k {
			out[x] = true
		} else {
			n := copy(buf, x)
			for y := range b {
				w := buf[:n+copy(buf[n:], y)]
				if !out[string(w)] {
					out[string(w)] = true
				}
			}
		}
		// The one change from the old code: a full x counts towards most
		// too. It skipped the test, so a set just over most passed or
		// failed with the map's random order.
		if len(out) > most {
			return nil, false
		}
	}
	return out, true
}

func classPrefixesRef(ranges []rune, k int) (map[string]bool, bool) {
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

func fullRef(set map[string]bool, k int) bool {
	for w := range set {
		if len(w) < k {
			return false
		}
	}
	return true
}
