package rxscan

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// alt is one top-level alternative, compiled on its own so that an attempt
// only runs the program of the alternatives whose prefixes are present.
type alt struct {
	bare, ctx *regexp.Regexp // anchored at text start / after one context rune
	caps      []int          // caps[j] is the pattern's group number of group j+1
	f         *filter
	g         *gate // nil: the prefix filter is selective enough
	gi        int   // index of g's state in a scan
	// max is the most bytes the alternative can match, or -1 when that is
	// unbounded; a bounded attempt runs on a window of the text as a string.
	max int
	// ext bounds, for an unbounded alternative, how far a match at a given
	// place can reach in the text at hand (see extent); nil when it cannot.
	ext  *extent
	skip bool // g finds the next start itself (see newGate)
	// probes and tailProbes are the gram-filter bits of f's and of the
	// gate tail's prefixes (see Prepare); nil when they cannot rule out.
	probes, tailProbes []probe
}

// split returns the alternatives of re that, tried in order at a fixed
// start, find what re finds there: leftmost-first takes the first
// alternative that matches, so trying them in order is the same as running
// re. These are the branches of the first alternation in re: at the top,
// inside a capture group ("(a|b)" is "(a)|(b)", each keeping the group's
// number, so its match reports it the same way), or inside a concatenation
// whose parts before it have one way to match and whose parts after it
// are few ("\b(?:a|b)\s+" is "\ba\s+|\bb\s+"). A part with choices before it ("x*(?:a|b)") would
// order the ways to match differently, so such an alternation is kept.
// Smaller alternatives run smaller programs, and each gets a filter and a
// gate of its own.
func split(re *syntax.Regexp) []*syntax.Regexp { return splitOnce(re) }

// splitOnce splits the first alternation of re that split may split into
// its branches, or returns re alone.
func splitOnce(re *syntax.Regexp) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpAlternate:
		return re.Sub
	case syntax.OpCapture:
		var out []*syntax.Regexp
		for _, a := range splitOnce(re.Sub[0]) {
			out = append(out, &syntax.Regexp{Op: syntax.OpCapture, Flags: re.Flags, Cap: re.Cap, Name: re.Name, Sub: []*syntax.Regexp{a}})
		}
		return out
	case syntax.OpConcat:
		for i, sub := range re.Sub {
			if parts := splitOnce(sub); len(parts) > 1 && (i+1 == len(re.Sub) || size(re.Sub[i+1:]) <= maxSuffix) {
				var out []*syntax.Regexp
				for _, a := range parts {
					seq := append(append(append([]*syntax.Regexp{}, re.Sub[:i]...), a), re.Sub[i+1:]...)
					out = append(out, &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: seq})
				}
				return out
			}
			if !oneWay(sub) {
				break
			}
		}
	}
	return []*syntax.Regexp{re}
}

// maxSuffix bounds the size (in syntax nodes) of what follows an
// alternation split out of a concatenation: each alternative compiles it
// again, with its filters and gate, and a long tail ("_[0-9a-f]{1,128}#")
// costs milliseconds a copy for no faster scan.
const maxSuffix = 12

func size(res []*syntax.Regexp) int {
	n := 0
	for _, re := range res {
		n += 1 + size(re.Sub)
	}
	return n
}

// oneWay reports whether re can match a given text in one way at most: no
// repetition, option or alternation, so nothing to order.
func oneWay(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpEmptyMatch,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary,
		syntax.OpNoWordBoundary, syntax.OpNoMatch:
		return true
	case syntax.OpCapture, syntax.OpConcat:
		for _, sub := range re.Sub {
			if !oneWay(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// newAlt compiles one alternative; expr is its source text, or "" to print
// it from re (printing a simplified "x{2,80}" costs milliseconds).
func newAlt(e *enum, re *syntax.Regexp, expr string) alt {
	if expr == "" {
		expr = re.String()
	}
	a := alt{bare: regexp.MustCompile(`^(?:` + expr + `)`), ctx: regexp.MustCompile(`^(?s:.)(?:` + expr + `)`), f: e.filter(re, maxSet), max: maxLen(re)}
	if a.max < 0 {
		a.ext = newExtent(re)
	}
	a.g, a.skip = newGate(e, re, a.f)
	var walk func(r *syntax.Regexp)
	walk = func(r *syntax.Regexp) {
		if r.Op == syntax.OpCapture {
			a.caps = append(a.caps, r.Cap)
		}
		for _, sub := range r.Sub {
			walk(sub)
		}
	}
	walk(re)
	return a
}

// at runs the alternative anchored at p and returns the match in the
// pattern's numbering, with ncap entries. Candidates never start on a UTF-8
// continuation byte, so p is where the plain regexp would try too.
//
// An unbounded alternative reads the rest of the text through a reader
// rather than as a string, which keeps the backtracker away: it would clear
// a bit vector the size of the rest of the text for every attempt. A
// bounded one gets a string window of its longest match plus one rune (what
// \b and $ look at after a match), so the regexp package can pick its
// one-pass or backtracking engine, several times faster than the NFA a
// reader forces, on a bit vector only the window's size. Every match at p
// lies inside the window, so leftmost-first picks the same one.
func (a *alt) at(rd *reader, s string, p, ncap int) []int {
	var m []int
	q, re := p, a.bare
	if p > 0 {
		// The rune before p is the context \b and (?m)^ look at.
		_, w := utf8.DecodeLastRuneInString(s[:p])
		q, re = p-w, a.ctx
	}
	reach := -1 // how far past p a match can reach
	if a.max >= 0 {
		reach = a.max
	} else if a.ext != nil {
		if e := a.ext.reach(s, p, p+maxLenCap); e <= p+maxLenCap {
			reach = e - p
		}
	}
	if reach >= 0 {
		win := s[q:]
		if end := p - q + reach + utf8.UTFMax; end < len(win) {
			win = win[:end]
		}
		rd.read += len(win)
		m = re.FindStringSubmatchIndex(win)
	} else {
		rd.s, rd.i = s[q:], 0
		m = re.FindReaderSubmatchIndex(rd)
	}
	if m == nil {
		return nil
	}
	out := make([]int, ncap)
	for i := range out {
		out[i] = -1
	}
	out[0], out[1] = p, m[1]+q
	for j, c := range a.caps {
		if m[2*j+2] >= 0 {
			out[2*c], out[2*c+1] = m[2*j+2]+q, m[2*j+3]+q
		}
	}
	return out
}

// runeWidth is the UTF-8 length of r, utf8.UTFMax for a rune that has none.
func runeWidth(r rune) int {
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return utf8.UTFMax
}

// An extent bounds how far a match of an unbounded alternative can reach
// from a given start in a given text, so the attempt can run on a string
// window as a bounded one does, instead of on the reader NFA. A repetition
// such as \s+ or [a-z]+ consumes only bytes of a known set, so it ends
// where the run of such bytes does; every other part consumes a known
// number of bytes at most. Going through the alternative part by part,
// the end of a match that starts no later than pos is at most:
//
//	pos + n                for a part that matches n bytes at most
//	the end of the run of set's bytes at pos, for a repetition over set
//
// (a repetition starting before pos cannot end past that run either:
// bytes before pos outside set would stop it sooner). Parts in sequence
// apply in turn, alternatives take the largest. The window is the text up
// to that bound and one rune more for \b and $ to look at; a match on it
// is the match on the whole text, since none can end past the bound.
type extent struct {
	n    int        // a fixed part: at most n bytes
	set  *[256]bool // a repetition over these bytes; nil otherwise
	seq  []*extent  // parts in sequence (kind extSeq) or alternatives (extAlt)
	kind extentKind
}

type extentKind uint8

const (
	extFixed extentKind = iota
	extRun
	extSeq
	extAlt
)

// newExtent returns the extent of re, or nil when a repetition consumes
// bytes addBytes cannot list (case folding).
func newExtent(re *syntax.Regexp) *extent {
	switch re.Op {
	case syntax.OpCapture, syntax.OpQuest:
		// An optional part reaches no further than the part does.
		return newExtent(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		if re.Op == syntax.OpRepeat && re.Max >= 0 {
			if n := maxLen(re); n >= 0 {
				return &extent{kind: extFixed, n: n}
			}
		}
		set := new([256]bool)
		if !addBytes(set, re.Sub[0]) {
			return nil
		}
		return &extent{kind: extRun, set: set}
	case syntax.OpConcat, syntax.OpAlternate:
		e := &extent{kind: extSeq}
		if re.Op == syntax.OpAlternate {
			e.kind = extAlt
		}
		fixed := true
		for _, sub := range re.Sub {
			x := newExtent(sub)
			if x == nil {
				return nil
			}
			fixed = fixed && x.kind == extFixed
			e.seq = append(e.seq, x)
		}
		if !fixed {
			return e
		}
		// All parts fixed: one fixed part, their sum or their largest.
		f := &extent{kind: extFixed}
		for _, x := range e.seq {
			if e.kind == extSeq {
				f.n += x.n
			} else {
				f.n = max(f.n, x.n)
			}
		}
		return f
	}
	n := maxLen(re)
	if n < 0 {
		return nil // unreachable: every other op has a fixed width
	}
	return &extent{kind: extFixed, n: n}
}

// reach returns a bound on the end of any match of e that starts at or
// before pos in s; once the bound passes limit it may stop early and
// return anything over limit.
func (e *extent) reach(s string, pos, limit int) int {
	switch e.kind {
	case extFixed:
		return pos + e.n
	case extRun:
		for pos < len(s) && pos <= limit && e.set[s[pos]] {
			pos++
		}
		return pos
	case extSeq:
		for _, x := range e.seq {
			if pos = x.reach(s, pos, limit); pos > limit {
				break
			}
		}
		return pos
	}
	end := pos
	for _, x := range e.seq {
		end = max(end, x.reach(s, pos, limit))
	}
	return end
}

// maxLenCap bounds maxLen's answers: a longer window costs the backtracker
// more to clear than the NFA's reader costs, so such alternatives count as
// unbounded.
const maxLenCap = 512

// maxLen returns the most bytes re can match, or -1 when that is unbounded
// or over maxLenCap. A rune counts the bytes of the widest rune it may
// match: case folding can match a rune of another length ("k" matches the
// Kelvin sign), so a folded literal counts utf8.UTFMax per rune; a class
// holds its folds already, and its widest rune is its last. An invalid
// input byte is read as one U+FFFD of width 1, never wider.
func maxLen(re *syntax.Regexp) int {
	n := 0
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 {
				n += utf8.UTFMax
			} else {
				n += runeWidth(r)
			}
		}
	case syntax.OpCharClass:
		if len(re.Rune) > 0 {
			n = runeWidth(re.Rune[len(re.Rune)-1])
		}
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		n = utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		n = maxLen(re.Sub[0])
	case syntax.OpRepeat:
		if re.Max < 0 || re.Max > maxLenCap {
			return -1
		}
		if n = maxLen(re.Sub[0]); n < 0 {
			return -1
		}
		n *= re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range re.Sub {
			m := maxLen(sub)
			if m < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
			if n > maxLenCap {
				return -1
			}
		}
	default: // OpStar, OpPlus, OpNoMatch and anything new
		return -1
	}
	if n > maxLenCap {
		return -1
	}
	return n
}
