// Package rxscan runs a regular expression only where a match can start.
//
// Go's regexp scans a whole text with its NFA when a pattern is an
// alternation of many words, which costs about a microsecond per byte for
// the fact extractors' patterns. rxscan derives from the pattern itself the
// few-byte prefixes every match starts with, finds the positions holding one,
// and runs the pattern anchored there with the character before as context,
// so \b and (?m)^ see what they would see in the whole text. The results are
// those of the plain regexp, match for match; the scan stays linear because
// anchored runs stop as soon as no thread is alive.
package rxscan

import (
	"io"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Regexp is a compiled pattern with its prefix filters.
type Regexp struct {
	std   *regexp.Regexp // the pattern as written; the fallback
	any   *filter        // union of the alternatives' filters; nil: no filter
	plain *filter        // union of the filters of the alternatives without a gate
	alts  []alt
	ncap  int
	gates int // how many alternatives have a gate
	skips int // how many of those find their next start themselves
	// probes are the gram-filter bits of any's prefixes (see Prepare).
	probes []probe
	lead   *lead // set for \A[class]{0,n}?rest when rest has a filter
	// byFirst has, for each byte, a bit for each alternative a match can
	// start with it; nil past 64 alternatives.
	byFirst *[256]uint64
}

// lead is a pattern's lazy, bounded run of one character class at the
// start of the text, as in `\A[^\n]{0,80}?(?:salary|pay)`. No prefix can be
// enumerated for such a pattern, and the plain regexp runs its NFA with a
// thread per repetition from the start of the text. A lazy repetition
// prefers fewer runes, so the match is the leftmost match of the rest that
// starts within the first n runes of the class: rest's filter finds it.
type lead struct {
	class []rune // lo-hi pairs, as in syntax.Regexp.Rune
	n     int
	rest  *Regexp
}

// newLead returns the lead of re (parsed, not yet simplified), or nil.
func newLead(re *syntax.Regexp, ncap int) *lead {
	if re.Op != syntax.OpConcat || len(re.Sub) < 3 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	rep := re.Sub[1]
	if rep.Op != syntax.OpRepeat || rep.Min != 0 || rep.Max <= 0 || rep.Flags&syntax.NonGreedy == 0 ||
		rep.Sub[0].Op != syntax.OpCharClass {
		return nil
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[2:]}
	r := compile(rest.String())
	if r.any == nil || r.lead != nil || r.ncap != ncap {
		return nil
	}
	return &lead{class: rep.Sub[0].Rune, n: rep.Max, rest: r}
}

// limit returns the byte offset after the longest run of l's class, of at
// most n runes, at the start of s: the last place the rest may start.
func (l *lead) limit(s string) int {
	p := 0
	for j := 0; j < l.n && p < len(s); j++ {
		c, w := utf8.DecodeRuneInString(s[p:]) // invalid UTF-8: U+FFFD, as regexp reads it
		if !l.in(c) {
			break
		}
		p += w
	}
	return p
}

func (l *lead) in(c rune) bool {
	for i := 0; i+1 < len(l.class); i += 2 {
		if l.class[i] <= c && c <= l.class[i+1] {
			return true
		}
	}
	return false
}

// MustCompile is regexp.MustCompile plus the prefix analysis. The analysis
// costs milliseconds for a large pattern, so each distinct pattern is
// compiled once per process and shared: a Regexp is immutable, and every
// Screener built from the same packs would compile the same rules again.
func MustCompile(expr string) *Regexp {
	if r, ok := compiledCache.Load(expr); ok {
		return r.(*Regexp)
	}
	r := compile(expr)
	if compiledCount.Add(1) <= maxCompiled {
		compiledCache.Store(expr, r)
	}
	return r
}

var (
	compiledCache sync.Map // pattern → *Regexp
	compiledCount atomic.Int64
)

// maxCompiled bounds the cache, so a process that compiles ever new
// patterns (user rule packs) cannot grow it without end.
const maxCompiled = 4096

func compile(expr string) *Regexp {
	r := &Regexp{std: regexp.MustCompile(expr)}
	r.ncap = 2 * (r.std.NumSubexp() + 1)
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err) // unreachable: std compiled
	}
	r.lead = newLead(parsed, r.ncap)
	parsed = parsed.Simplify()
	e := newEnum() // one for the pattern, its alternatives and gates
	if r.any = e.filter(parsed, maxSet); r.any == nil {
		return r
	}
	r.probes = probesOf(r.any)
	var plain []*syntax.Regexp
	subs := split(parsed)
	for _, sub := range subs {
		src := ""
		if len(subs) == 1 {
			src = expr // the whole pattern is the one alternative
		}
		a := newAlt(e, sub, src)
		a.probes = probesOf(a.f)
		if a.g != nil {
			a.tailProbes = probesOf(a.g.tail)
		}
		if a.g != nil {
			a.gi = r.gates
			r.gates++
		}
		if a.skip {
			r.skips++
		} else {
			plain = append(plain, sub)
		}
		r.alts = append(r.alts, a)
	}
	if len(r.alts) <= 64 {
		r.byFirst = new([256]uint64)
		for i, a := range r.alts {
			for c := range r.byFirst {
				if a.f == nil || a.f.first[c] {
					r.byFirst[c] |= 1 << i
				}
			}
		}
	}
	switch {
	case r.skips == 0:
		r.plain = r.any
	case len(plain) > 0:
		if r.plain = e.filter(&syntax.Regexp{Op: syntax.OpAlternate, Sub: plain}, maxSet); r.plain == nil {
			r.plain = r.any // unreachable: parts of an enumerable pattern are enumerable
		}
	}
	return r
}

// String returns the source text of the pattern.
func (r *Regexp) String() string { return r.std.String() }

// Std returns the plain regexp, for tests that compare results.
func (r *Regexp) Std() *regexp.Regexp { return r.std }

// reader feeds one anchored attempt and counts the bytes the engine read,
// which is what keeps the whole scan linear (see budget).
type reader struct {
	s    string
	i    int
	read int
}

func (rd *reader) ReadRune() (rune, int, error) {
	if rd.i >= len(rd.s) {
		return 0, 0, io.EOF
	}
	c, w := utf8.DecodeRuneInString(rd.s[rd.i:])
	rd.i += w
	rd.read += w
	return c, w, nil
}

// match tries the alternatives that can start at p, in order; a skipping
// alternative can when its next start, kept in gs, is p.
func (r *Regexp) match(rd *reader, s string, p int, gs []gateState, dead uint64) []int {
	if r.byFirst != nil {
		// Only the alternatives that can start with s[p], in order.
		for m := r.byFirst[s[p]] &^ dead; m != 0; m &= m - 1 {
			if out := r.try(rd, s, p, gs, bits.TrailingZeros64(m)); out != nil {
				return out
			}
		}
		return nil
	}
	for i := range r.alts {
		if i < 64 && dead&(1<<i) != 0 {
			continue
		}
		if out := r.try(rd, s, p, gs, i); out != nil {
			return out
		}
	}
	return nil
}

// try runs alternative i at p when its filter and gate let it.
func (r *Regexp) try(rd *reader, s string, p int, gs []gateState, i int) []int {
	a := &r.alts[i]
	if a.skip {
		if gs[a.gi].next != p {
			return nil
		}
	} else if a.f != nil && !a.f.candidate(s, p) || a.g != nil && !a.g.viable(&gs[a.gi], s, p) {
		return nil
	}
	return a.at(rd, s, p, r.ncap)
}

// deadAlts marks the alternatives (up to 64) that the prepared text's gram
// filter rules out: none of their own prefixes, or none of their gate
// tail's, occurs in it. all is set when every alternative is out, plain
// when every alternative without a skipping gate is.
func (r *Regexp) deadAlts(gs *gramSet) (dead uint64, all, plain bool) {
	all, plain = len(r.alts) > 0 && len(r.alts) <= 64, len(r.alts) <= 64
	for i := range r.alts {
		a := &r.alts[i]
		if i < 64 && (absent(gs, a.probes) || absent(gs, a.tailProbes)) {
			dead |= 1 << i
			continue
		}
		all = false
		if !a.skip {
			plain = false
		}
	}
	return dead, all, plain
}

// budget is how many bytes anchored attempts may read, in all, before the
// plain regexp takes over. Attempts may overlap ("\s*x" on a megabyte of
// spaces starts one at every space), so without it hostile input would be
// quadratic; with it the cost is at most budget plus one plain scan.
func budget(n int) int { return 2*n + 4096 }

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if r.lead != nil && n != 0 {
		// \A: one match at most, at 0.
		ms, ok := r.lead.rest.findAll(s, 1, r.lead.limit(s))
		if !ok {
			return r.std.FindAllStringSubmatchIndex(s, n)
		}
		if len(ms) > 0 {
			ms[0][0] = 0
		}
		return ms
	}
	if r.any == nil {
		return r.std.FindAllStringSubmatchIndex(s, n)
	}
	out, ok := r.findAll(s, n, len(s))
	if !ok {
		return r.std.FindAllStringSubmatchIndex(s, n)
	}
	return out
}

// findAll finds up to n matches (n < 0: all) that start at or before
// maxStart; ok is false when the anchored attempts ran over budget and the
// caller must run the plain regexp instead. r.any is set.
func (r *Regexp) findAll(s string, n, maxStart int) (_ [][]int, ok bool) {
	gset, off := preparedOf(s)
	if r.probes != nil && absent(gset, r.probes) {
		return nil, true
	}
	var v *view
	var dead uint64 // alternatives that cannot match in s (see deadAlts)
	plainDead := false
	if gset != nil {
		vv := newView(gset, off, len(s))
		v = &vv
		var all bool
		if dead, all, plainDead = r.deadAlts(gset); all {
			return nil, true
		}
	}
	var out [][]int
	rd := &reader{}
	var buf [4]gateState
	gs := buf[:0]
	if r.gates > len(buf) {
		gs = make([]gateState, 0, r.gates)
	}
	for range r.gates {
		gs = append(gs, gateState{-1, -1, -1})
	}
	// When the gram filter rules out some alternatives, the few left
	// (without a skipping gate) are looked for each with its own filter,
	// not with r.plain, which lets through every start of the dead ones.
	var live, liveNext [4]int
	nlive := -1 // -1: use r.plain
	if dead != 0 && !plainDead && r.plain != nil && len(r.alts) <= 64 {
		nlive = 0
		for i := range r.alts {
			if a := &r.alts[i]; !a.skip && dead&(1<<i) == 0 {
				if a.f == nil || nlive == len(live) {
					nlive = -1
					break
				}
				live[nlive], liveNext[nlive] = i, -1
				nlive++
			}
		}
	}
	pn := -1 // the next candidate of the ungated alternatives
	for p := 0; p < len(s) && (n < 0 || len(out) < n); p++ {
		if pn < p {
			pn = len(s)
			switch {
			case nlive >= 0:
				for j := range nlive {
					if liveNext[j] < p {
						liveNext[j] = r.alts[live[j]].f.nextIn(v, s, p)
					}
					pn = min(pn, liveNext[j])
				}
			case r.plain != nil && !plainDead:
				pn = r.plain.nextIn(v, s, p)
			}
		}
		q := pn
		for i := range r.alts {
			if a := &r.alts[i]; a.skip {
				st := &gs[a.gi]
				if i < 64 && dead&(1<<i) != 0 {
					st.next = len(s)
				} else if st.next < p {
					st.next = a.nextGated(v, st, s, p)
				}
				q = min(q, st.next)
			}
		}
		if p = q; p == len(s) || p > maxStart {
			break
		}
		if rd.read > budget(len(s)) {
			return nil, false
		}
		if m := r.match(rd, s, p, gs, dead); m != nil {
			out = append(out, m)
			p = m[1] - 1 // matches are never empty: the filter rules that out
		}
	}
	return out, true
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	out := r.FindAllStringSubmatchIndex(s, n)
	for i, m := range out {
		out[i] = m[:2:2]
	}
	return out
}

// FindAllString is regexp.Regexp.FindAllString.
func (r *Regexp) FindAllString(s string, n int) []string {
	var out []string
	for _, m := range r.FindAllStringSubmatchIndex(s, n) {
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if ms := r.FindAllStringSubmatchIndex(s, 1); len(ms) > 0 {
		return ms[0]
	}
	return nil
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (r *Regexp) FindStringIndex(s string) []int {
	if m := r.FindStringSubmatchIndex(s); m != nil {
		return m[:2:2]
	}
	return nil
}

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool { return r.FindStringSubmatchIndex(s) != nil }

// Filterable reports whether the prefix filter is in use; a pattern without
// one runs as a plain regexp.
func (r *Regexp) Filterable() bool { return r.any != nil }
