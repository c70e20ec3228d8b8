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
// "maybe"s near half a percent per probe for a 3 KB advert.
const gramBits = 1 << 17

type gramSet struct {
	bits [gramBits / 64]uint64
	// starts lists the word starts of the text: the positions of ASCII
	// word bytes not preceded by one. A pattern whose every match starts
	// with \b and a word byte can only start there (see filter.words).
	starts []int32
}

// gramHash returns the two bit positions of an n-byte gram packed into g.
func gramHash(g uint32, n int) (uint32, uint32) {
	h := (uint64(g) | uint64(n)<<32) * 0x9E3779B97F4A7C15
	return uint32(h >> 47), uint32(h>>20) & (gramBits - 1)
}

func (gs *gramSet) add(g uint32, n int) {
	a, b := gramHash(g, n)
	gs.bits[a/64] |= 1 << (a % 64)
	gs.bits[b/64] |= 1 << (b % 64)
}

func (gs *gramSet) has(a, b uint32) bool {
	return gs.bits[a/64]&(1<<(a%64)) != 0 && gs.bits[b/64]&(1<<(b%64)) != 0
}

func (gs *gramSet) build(s string) {
	gs.starts = gs.starts[:0]
	prev := false
	for p := 0; p < len(s); p++ {
		w := wordByte(s[p])
		if w && !prev {
			gs.starts = append(gs.starts, int32(p))
		}
		prev = w
	}
	if len(s) < 3 {
		return
	}
	g := uint32(s[0])<<8 | uint32(s[1])
	for p := 2; p < len(s); p++ {
		g = g<<8 | uint32(s[p])
		gs.add(g&0xffffff, 3)
		if p >= 3 {
			gs.add(g, 4)
		}
	}
}

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
}

func newView(gs *gramSet, off, n int) view {
	lo, _ := slices.BinarySearch(gs.starts, int32(off))
	hi, _ := slices.BinarySearch(gs.starts, int32(off+n))
	return view{off: off, starts: gs.starts[lo:hi]}
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
	i, _ := slices.BinarySearch(v.starts, int32(p+v.off))
	for ; i < len(v.starts); i++ {
		if q := int(v.starts[i]) - v.off; f.candidate(s, q) {
			return q
		}
	}
	return len(s)
}

// probesOf lists the bit pairs of f's prefixes (every match starts with
// one of them, or is one), or nil when the gram filter cannot rule f out:
// a match shorter than 3 bytes, or too many prefixes to test.
func probesOf(f *filter) [][2]uint32 {
	if f == nil || f.k < 3 || len(f.long)+len(f.short) > 256 {
		return nil
	}
	for _, one := range f.single {
		if one {
			return nil
		}
	}
	out := make([][2]uint32, 0, len(f.long)+len(f.short))
	for w := range f.long {
		a, b := gramHash(pack(w), len(w))
		out = append(out, [2]uint32{a, b})
	}
	for _, w := range f.short {
		if len(w) < 3 {
			return nil
		}
		a, b := gramHash(pack(w), len(w))
		out = append(out, [2]uint32{a, b})
	}
	return out
}

// absent reports whether none of probes' grams occurs in gs.
func absent(gs *gramSet, probes [][2]uint32) bool {
	if gs == nil || probes == nil {
		return false
	}
	for _, pr := range probes {
		if gs.has(pr[0], pr[1]) {
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
	probes [][2]uint32 // every 4-byte gram (the 3-byte one when shorter); nil: no test
}

// NewLiteral compiles w.
func NewLiteral(w string) *Literal {
	l := &Literal{s: w}
	switch {
	case len(w) == 3:
		a, b := gramHash(pack(w), 3)
		l.probes = [][2]uint32{{a, b}}
	case len(w) > 3:
		for i := 0; i+4 <= len(w); i++ {
			a, b := gramHash(pack(w[i:i+4]), 4)
			l.probes = append(l.probes, [2]uint32{a, b})
		}
	}
	return l
}

// In reports whether s contains the literal, as strings.Contains does.
func (l *Literal) In(s string) bool {
	if l.probes != nil {
		if gs := gramsOf(s); gs != nil {
			for _, pr := range l.probes {
				if !gs.has(pr[0], pr[1]) {
					return false
				}
			}
		}
	}
	return strings.Contains(s, l.s)
}
