package rxscan

import "regexp/syntax"

// gate is a second necessary condition for an alternative whose own prefix
// filter lets through nearly every word ("\b[a-z0-9-]+\.(?:com|pk)",
// "\b\w+\s+(?:chowk|stop)"). The alternative is split as head·tail, where
// tail starts with a rare prefix (tail) and head can only consume bytes of
// a known set (head). A match at p then needs a tail candidate at some
// q >= p with every byte of s[p:q] in head. Both "next tail candidate" and
// "next byte outside head" only move forward as p grows, so a whole scan
// costs one pass per gated alternative.
type gate struct {
	head [256]bool
	tail *filter
}

// gateState caches, for one scan, the next tail candidate (f), the next
// byte outside head (b; for a skipping gate, where the run of head bytes
// before f starts) and the next position the alternative can match at
// (next), each at or after the last p asked about; -1 before the first.
type gateState struct{ f, b, next int }

// nextGated returns the first position at or after p where a can match, or
// len(s). It goes from tail candidate to tail candidate: a match must start
// in the run of head bytes that ends at one, so the first start of own's
// there (or at the candidate) is the answer, and past the candidate none
// is. Each candidate's run is read back once, never before p, so a scan
// costs one pass over the text, and nothing where tails are rare.
func (a *alt) nextGated(v *view, st *gateState, s string, p int) int {
	g := a.g
	for p < len(s) {
		if st.f < p {
			st.f = g.tail.next(s, p)
			st.b = -1
		}
		f := st.f
		if f == len(s) {
			return len(s)
		}
		if st.b < 0 {
			r := f
			for r > p && g.head[s[r-1]] {
				r--
			}
			st.b = r
		}
		q := max(st.b, p)
		if a.f != nil {
			q = a.f.nextIn(v, s, q)
		}
		if q <= f {
			return q
		}
		p = f + 1
	}
	return len(s)
}

// newGate returns a gate for re when one is clearly more selective than
// own, re's prefix filter; nil otherwise.
//
// A gate is checked where own lets a start through, and only then scans
// ahead, so it costs at most one pass over the text and nothing where own
// finds no start. When own lets through about one position in a hundred or
// more, even that check at each start costs too much, and the gate skips
// (skip is set): it finds the alternative's next start on its own, jumping
// over any byte the head cannot cross, at the price of a pass of own.
func newGate(e *enum, re *syntax.Regexp, own *filter) (g *gate, skip bool) {
	seq := flatten(re)
	// The gate passes a start of own about as often as a tail candidate
	// turns up within the run of head bytes after it. Its checks cost little
	// next to the attempts it spares, so it is used unless a tail is
	// expected in every run.
	var best *gate
	bestP := 1.0
	var head [256]bool
	for i := 1; i < len(seq); i++ {
		if !addBytes(&head, seq[i-1]) {
			break // the head can no longer be described by bytes
		}
		if head == ([256]bool{}) {
			continue // a head of assertions only: the tail is own again
		}
		// A tail with more prefixes than this is no rare part.
		tail := e.filter(&syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: seq[i:]}, 256)
		if tail == nil {
			continue
		}
		if p := tail.passRate() * runLength(&head); p < bestP {
			best, bestP = &gate{head: head, tail: tail}, p
		}
	}
	return best, best != nil && own.passRate() > 0.01
}

// viable reports whether an alternative whose own filter passes p can
// match there. Like nextGated it only moves st forward.
func (g *gate) viable(st *gateState, s string, p int) bool {
	if st.f < p {
		st.f = g.tail.next(s, p)
	}
	if st.f == len(s) {
		return false
	}
	if st.b < p {
		q := p
		for q < len(s) && g.head[s[q]] {
			q++
		}
		st.b = q
	}
	return st.f <= st.b
}

// flatten lists the parts of re's concatenation, looking through nested
// concatenations and capture groups, which do not change what matches.
func flatten(re *syntax.Regexp) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpConcat:
		var out []*syntax.Regexp
		for _, sub := range re.Sub {
			out = append(out, flatten(sub)...)
		}
		return out
	case syntax.OpCapture:
		return flatten(re.Sub[0])
	}
	return []*syntax.Regexp{re}
}

// addBytes adds to set every byte a match of re can consume. Any non-ASCII
// rune adds all bytes from 0x80 up, which also covers invalid input bytes
// that the engine reads as U+FFFD. ok is false for case folding.
func addBytes(set *[256]bool, re *syntax.Regexp) bool {
	high := func() {
		for c := 0x80; c < 0x100; c++ {
			set[c] = true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return false
		}
		for _, r := range re.Rune {
			if r < 0x80 {
				set[r] = true
			} else {
				high()
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < 0x80; r++ {
				set[r] = true
			}
			if re.Rune[i+1] >= 0x80 {
				high()
			}
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		for c := range set {
			set[c] = re.Op == syntax.OpAnyChar || c != '\n'
		}
	case syntax.OpEmptyMatch, syntax.OpNoMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
	default: // capture, repetition, concatenation, alternation
		for _, sub := range re.Sub {
			if !addBytes(set, sub) {
				return false
			}
		}
	}
	return true
}

// byteFreq is a rough frequency of each byte in job-advert prose, used only
// to choose between filters; a wrong guess costs speed, never correctness.
var byteFreq = func() [256]float64 {
	var f [256]float64
	for c := range f {
		f[c] = 0.0003
	}
	for c := 0x80; c < 0x100; c++ {
		f[c] = 0.0005
	}
	for c, p := range map[byte]float64{' ': 0.16, '\n': 0.015, '.': 0.012, ',': 0.01, '-': 0.005, ':': 0.004,
		'(': 0.002, ')': 0.002, '/': 0.002, 'e': 0.09, 't': 0.065, 'a': 0.06, 'o': 0.06, 'i': 0.055, 'n': 0.055,
		's': 0.05, 'r': 0.05, 'h': 0.04, 'd': 0.03, 'l': 0.03, 'c': 0.025, 'u': 0.02, 'm': 0.02, 'w': 0.015,
		'f': 0.015, 'g': 0.015, 'y': 0.015, 'p': 0.015, 'b': 0.012, 'v': 0.008, 'k': 0.006, 'x': 0.002,
		'q': 0.001, 'j': 0.002, 'z': 0.001} {
		f[c] = p
	}
	for c := '0'; c <= '9'; c++ {
		f[c] = 0.004
	}
	sum := 0.0
	for _, p := range f {
		sum += p
	}
	for c := range f {
		f[c] /= sum
	}
	return f
}()

// passRate estimates the share of positions f lets through; 1 for nil.
func (f *filter) passRate() float64 {
	if f == nil {
		return 1
	}
	p := 0.0
	word := 0.0 // the share of positions after a word byte
	for c := range 256 {
		if wordByte(byte(c)) {
			word += byteFreq[c]
		}
	}
	add := func(w string) {
		q := 1.0
		if f.boundary && wordByte(w[0]) {
			q = 1 - word
		} else if f.boundary {
			q = word
		}
		for i := 0; i < len(w); i++ {
			q *= byteFreq[w[i]]
		}
		p += q
	}
	for c, ok := range f.single {
		if ok {
			add(string([]byte{byte(c)}))
		}
	}
	for _, w := range f.short {
		add(w)
	}
	for w := range f.long {
		add(w)
	}
	return min(p, 1)
}

// runLength estimates how far a run of head bytes reaches, in bytes.
func runLength(head *[256]bool) float64 {
	in := 0.0
	for c, ok := range head {
		if ok {
			in += byteFreq[c]
		}
	}
	return min(1/max(1-in, 1e-9), 200)
}
