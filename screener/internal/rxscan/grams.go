package rxscan

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A listing is scanned by dozens of patterns, and most of them find
// nothing: none of their prefixes occurs in it. Prepare builds, once per
// text, a Bloom filter of the text's 3- and 4-byte substrings; a pattern
// whose prefixes are all missing from it then skips its scan of that text,
// or of any slice of it, at the cost of a few bit tests. The filter can
// answer "maybe" wrongly but never "no", so results are unchanged.

// gramBits is the size of a text's gram filter: 16 KB, which keeps false
// "maybe"s near a few percent per probe for a 3 KB advert.
const gramBits = 1 << 17

// The filter sets two bits per byte of the text: one for the 3-byte gram
// ending there and one for the 4-byte gram. A 3-byte gram is tested by its
// bit; a 4-byte gram by its own bit and those of the two 3-byte grams in
// it, which are set wherever it occurs. Two bits per byte instead of four
// (a bit pair per 3- and per 4-byte gram) halve Prepare's writes, which
// were most of its cost, for a false "maybe" rate of the same order.

type gramSet struct {
	bits [gramBits / 64]uint64
	// starts lists the word starts of the text: the positions of ASCII
	// word bytes not preceded by one. A pattern whose every match starts
	// with \b and a word byte can only start there (see filter.words).
	starts []int32
}

// probe is the bits a gram sets in a text's filter; a text that holds the
// gram has all three set.
type probe [3]uint32

// gramBit3 and gramBit4 return the bit of a 3- and a 4-byte gram packed into
// g (as pack does): the top bits of a multiplicative hash.
func gramBit3(g uint32) uint32 { return uint32((uint64(g) * 0x9E3779B97F4A7C15) >> 47) }
func gramBit4(g uint32) uint32 { return uint32((uint64(g) * 0xC2B2AE3D27D4EB4F) >> 47) }

// gramProbe returns the probe of an n-byte gram (n is 3 or 4) packed into g.
func gramProbe(g uint32, n int) probe {
	if n == 3 {
		b := gramBit3(g)
		return probe{b, b, b}
	}
	return probe{gramBit3(g >> 8), gramBit3(g & 0xffffff), gramBit4(g)}
}

func (gs *gramSet) has(pr probe) bool {
	return gs.bits[pr[0]>>6]&(1<<(pr[0]&63)) != 0 && gs.bits[pr[1]>>6]&(1<<(pr[1]&63)) != 0 &&
		gs.bits[pr[2]>>6]&(1<<(pr[2]&63)) != 0
}

// maxPooledStarts bounds the word-start buffer a pooled gramSet keeps.
const maxPooledStarts = 1 << 16

// build fills the filter and the word starts of s, without branches on
// the text: the word starts are written at every byte and kept by moving
// on only where one starts.
func (gs *gramSet) build(s string) {
	n := len(s)
	if cap(gs.starts) < n/2+1 {
		gs.starts = make([]int32, n/2+1)
	}
	st := gs.starts[:n/2+1] // a word start is never next to another
	k := 0
	prev := uint8(0)
	for p := 0; p < n; p++ {
		w := wordBytes[s[p]]
		st[k] = int32(p)
		k += int(w &^ prev)
		prev = w
	}
	gs.starts = st[:k]
	if n < 3 {
		return
	}
	bits := &gs.bits
	g := uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2])
	a := gramBit3(g)
	bits[a>>6] |= 1 << (a & 63)
	for p := 3; p < n; p++ {
		g = g<<8 | uint32(s[p])
		a, b := gramBit3(g&0xffffff), gramBit4(g)
		bits[a>>6] |= 1 << (a & 63)
		bits[b>>6] |= 1 << (b & 63)
	}
}

// wordBytes is wordByte as a table of 0 and 1.
var wordBytes = func() (t [256]uint8) {
	for c := range t {
		if wordByte(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// Prepared is a text registered with Prepare.
type Prepared struct {
	s         string // keeps the text alive, so its address names it
	base, end uintptr
	grams     *gramSet
	slot      int
}

// prepared holds the registered texts. A full table overwrites its oldest
// entries; an evicted text is simply scanned the slow way.
var (
	prepared  [64]atomic.Pointer[Prepared]
	nextSlot  atomic.Uint32
	gramPool  = sync.Pool{New: func() any { return new(gramSet) }}
	minGramed = 256 // shorter texts scan faster than they prepare
)

// Prepare registers s, so that scans of s or of any substring of it (a
// sentence, a field) can skip patterns that cannot match. Call Release
// when done with s; until then, and only then, scans find it.
func Prepare(s string) *Prepared {
	if len(s) < minGramed || preparingOff.Load() {
		return nil
	}
	gs := gramPool.Get().(*gramSet)
	clear(gs.bits[:])
	gs.build(s)
	base := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	p := &Prepared{s: s, base: base, end: base + uintptr(len(s)), grams: gs}
	p.slot = int(nextSlot.Add(1) % uint32(len(prepared)))
	prepared[p.slot].Store(p)
	return p
}

// preparingOff turns Prepare into a no-op, for tests that compare results
// with and without prepared texts.
var preparingOff atomic.Bool

// SetPreparing turns Prepare on or off for the whole process and returns
// the previous setting. It exists for tests: results must not depend on it.
func SetPreparing(on bool) (was bool) { return !preparingOff.Swap(!on) }

// Release unregisters the text; p may be nil. Scans of the text must have
// finished.
func (p *Prepared) Release() {
	if p == nil {
		return
	}
	if prepared[p.slot].CompareAndSwap(p, nil) {
		if cap(p.grams.starts) > maxPooledStarts {
			p.grams.starts = nil
		}
		gramPool.Put(p.grams)
	}
	// An evicted p's filter may still be read by a scan that found it
	// just before; it is left to the collector.
}

// gramsOf returns the gram filter of a prepared text that holds s, or nil.
func gramsOf(s string) *gramSet {
	gs, _ := preparedOf(s)
	return gs
}

// preparedOf returns the gram filter of a prepared text that holds s, and
// the offset of s in that text.
func preparedOf(s string) (*gramSet, int) {
	if len(s) < 3 {
		return nil, 0
	}
	ptr := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	end := ptr + uintptr(len(s))
	for i := range prepared {
		if p := prepared[i].Load(); p != nil && p.base <= ptr && end <= p.end {
			return p.grams, int(ptr - p.base)
		}
	}
	return nil, 0
}

// view is the word starts of a scanned string s, taken from the prepared
// text that holds it at offset off.
type view struct {
	off    int
	starts []int32 // the text's starts inside s, in text offsets
	i      int     // where the last seek ended: scans mostly move forward
}

func newView(gs *gramSet, off, n int) view {
	lo, _ := slices.BinarySearch(gs.starts, int32(off))
	hi, _ := slices.BinarySearch(gs.starts[lo:], int32(off+n))
	return view{off: off, starts: gs.starts[lo : lo+hi]}
}

// seek returns the index of the first start at or after text offset t. A
// scan asks for ever later offsets, so it steps forward from the last
// answer, and searches only when that is far or behind.
func (v *view) seek(t int32) int {
	i, n := v.i, len(v.starts)
	if i > 0 && v.starts[i-1] >= t {
		i, _ = slices.BinarySearch(v.starts[:i], t)
	} else {
		for k := 0; i < n && v.starts[i] < t; i++ {
			if k++; k == 8 {
				j, _ := slices.BinarySearch(v.starts[i:], t)
				i += j
				break
			}
		}
	}
	v.i = i
	return i
}

// nextIn is f.next, found from the word starts of v when every match of f
// must begin at one.
func (f *filter) nextIn(v *view, s string, p int) int {
	if v == nil || !f.words {
		return f.next(s, p)
	}
	if p == 0 {
		// s may begin inside a word of the text; it is a start of s.
		if len(s) > 0 && f.candidate(s, 0) {
			return 0
		}
		p = 1
	}
	for i := v.seek(int32(p + v.off)); i < len(v.starts); i++ {
		if q := int(v.starts[i]) - v.off; f.candidate(s, q) {
			v.i = i
			return q
		}
	}
	v.i = len(v.starts)
	return len(s)
}

// probesOf lists the bit pairs of f's prefixes (every match starts with
// one of them, or is one), or nil when the gram filter cannot rule f out:
// a match shorter than 3 bytes, or too many prefixes to test.
func probesOf(f *filter) []probe {
	if f == nil || f.k < 3 || len(f.long)+len(f.short) > 256 {
		return nil
	}
	for _, one := range f.single {
		if one {
			return nil
		}
	}
	out := make([]probe, 0, len(f.long)+len(f.short))
	for w := range f.long {
		out = append(out, gramProbe(pack(w), len(w)))
	}
	for _, w := range f.short {
		if len(w) < 3 {
			return nil
		}
		out = append(out, gramProbe(pack(w), len(w)))
	}
	return out
}

// absent reports whether none of probes' grams occurs in gs.
func absent(gs *gramSet, probes []probe) bool {
	if gs == nil || probes == nil {
		return false
	}
	for _, pr := range probes {
		if gs.has(pr) {
			return false
		}
	}
	return true
}

// Literal is a fixed string to look for in prepared texts: most keywords
// of a rule are absent from a given advert, and the gram filter says so
// in a few bit tests instead of a search of the whole text.
type Literal struct {
	s      string
	probes []probe // every 4-byte gram (the 3-byte one when shorter); nil: no test
}

// NewLiteral compiles w.
func NewLiteral(w string) *Literal {
	l := &Literal{s: w}
	switch {
	case len(w) == 3:
		l.probes = []probe{gramProbe(pack(w), 3)}
	case len(w) > 3:
		for i := 0; i+4 <= len(w); i++ {
			l.probes = append(l.probes, gramProbe(pack(w[i:i+4]), 4))
		}
	}
	return l
}

// In reports whether s contains the literal, as strings.Contains does.
func (l *Literal) In(s string) bool {
	if l.probes != nil {
		if gs := gramsOf(s); gs != nil {
			for _, pr := range l.probes {
				if !gs.has(pr) {
					return false
				}
			}
		}
	}
	return strings.Contains(s, l.s)
}
