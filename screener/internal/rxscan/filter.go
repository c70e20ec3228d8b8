package rxscan

import (
	"regexp/syntax"
	"slices"
	"strings"
)

// filter answers "can a match start here?" from the first k bytes.
type filter struct {
	k      int       // length of the prefixes in long
	first  [256]bool // bytes a match can start with
	single [256]bool // a one-byte whole match
	pair   *[1 << 16 / 64]uint64
	// lead holds the first two bytes of every prefix, and every pair
	// starting with a single-byte match: next's quick test.
	lead  *[1 << 16 / 64]uint64
	long  map[string]bool
	set   packedSet // long, packed, for the scan
	short []string  // whole matches of length 2..k-1
	// boundary: every match starts with \b, so the byte before a match and
	// its first byte differ in being ASCII word bytes (a byte of a
	// non-ASCII rune is never one, and nor is the start of the text).
	// the byte before it must not be one.
	boundary bool
	// words: boundary, and every first byte is an ASCII word byte, so a
	// match can only start at a word start.
	words bool
	// rare lists the bytes a match can start with when they are few and
	// rare in prose ("#", "$", "."): next then finds them with
	// strings.IndexByte, many bytes at a time, instead of testing each.
	rare []byte
}

// filter tries 4-, 3- then 2-byte prefixes, at most most of them, and keeps
// the longest that can be enumerated. It returns nil when none can, or when
// re matches "".
func (e *enum) filter(re *syntax.Regexp, most int) *filter {
	for k := 4; k >= 2; k-- {
		ws, ok := e.prefixes(re, k, most)
		if !ok {
			continue
		}
		if slices.Contains(ws, 0) {
			return nil // re matches "", so every shorter k finds "" too
		}
		f := buildFilter(ws, k)
		f.boundary = leadingBoundary(re)
		f.words = f.boundary
		freq := 0.0
		for c, ok := range f.first {
			if ok && !wordByte(byte(c)) {
				f.words = false
			}
			if ok {
				f.rare = append(f.rare, byte(c))
				freq += byteFreq[c]
			}
		}
		if len(f.rare) > maxRare || freq > maxRareFreq {
			f.rare = nil
		}
		return f
	}
	return nil
}

func buildFilter(set []word, k int) *filter {
	f := &filter{k: k, pair: new([1 << 16 / 64]uint64), lead: new([1 << 16 / 64]uint64), long: make(map[string]bool, len(set))}
	for _, w := range set {
		n, b0 := wordLen(w), byte(w)
		f.first[b0] = true
		switch {
		case n == 1:
			f.single[b0] = true
			for c := range 256 {
				i := int(b0)<<8 | c
				f.lead[i/64] |= 1 << (i % 64)
			}
			continue
		case n == k:
			f.long[wordString(w)] = true
		default:
			f.short = append(f.short, wordString(w))
		}
		i := int(b0)<<8 | int(byte(w>>8))
		f.pair[i/64] |= 1 << (i % 64)
		f.lead[i/64] |= 1 << (i % 64)
	}
	f.set = newPackedSet(f.long)
	return f
}

// A filter whose matches start with at most maxRare bytes, together at most
// maxRareFreq of prose (byteFreq), looks for them with strings.IndexByte in
// chunks of rareChunk bytes: a chunk costs one vector search per byte, and
// bounds what a search past the next candidate wastes.
const (
	maxRare     = 3
	maxRareFreq = 0.03
	rareChunk   = 256
)

// next returns the first position at or after p where a match can start,
// or len(s); it is the first p with candidate(s, p), found faster.
func (f *filter) next(s string, p int) int {
	if f.rare != nil {
		return f.nextRare(s, p)
	}
	for ; p+1 < len(s); p++ {
		i := int(s[p])<<8 | int(s[p+1])
		if f.lead[i>>6]&(1<<(i&63)) == 0 {
			continue
		}
		if f.boundary && (p > 0 && wordByte(s[p-1])) == wordByte(s[p]) {
			continue
		}
		if f.single[s[p]] || f.k == 2 {
			return p
		}
		for _, w := range f.short {
			if strings.HasPrefix(s[p:], w) {
				return p
			}
		}
		if p+f.k <= len(s) && f.set.has(s[p:p+f.k]) {
			return p
		}
	}
	if p < len(s) && f.candidate(s, p) {
		return p
	}
	return len(s)
}

// nextRare is next for a filter with rare first bytes.
func (f *filter) nextRare(s string, p int) int {
	for p < len(s) {
		end := min(len(s), p+rareChunk)
		q := end
		for _, c := range f.rare {
			if i := strings.IndexByte(s[p:q], c); i >= 0 {
				q = p + i
			}
		}
		if q == end {
			p = end
			continue
		}
		if f.candidate(s, q) {
			return q
		}
		p = q + 1
	}
	return len(s)
}

// packedSet is a set of strings of 1 to 4 bytes, packed into uint32 keys
// and held in an open-addressed table; no key of valid UTF-8 is all 0xff.
type packedSet struct {
	shift uint
	slots []uint32
}

const emptySlot = ^uint32(0)

func pack(w string) uint32 {
	var k uint32
	for i := 0; i < len(w); i++ {
		k = k<<8 | uint32(w[i])
	}
	return k
}

func newPackedSet(words map[string]bool) packedSet {
	bits := uint(4)
	for 1<<bits < 2*len(words) {
		bits++
	}
	ps := packedSet{shift: 32 - bits, slots: make([]uint32, 1<<bits)}
	for i := range ps.slots {
		ps.slots[i] = emptySlot
	}
	for w := range words {
		k := pack(w)
		for i := ps.slot(k); ; i = (i + 1) & (len(ps.slots) - 1) {
			if ps.slots[i] == emptySlot {
				ps.slots[i] = k
				break
			}
		}
	}
	return ps
}

func (ps *packedSet) slot(k uint32) int { return int((k * 0x9E3779B1) >> ps.shift) }

func (ps *packedSet) has(w string) bool {
	k := pack(w)
	for i := ps.slot(k); ; i = (i + 1) & (len(ps.slots) - 1) {
		switch ps.slots[i] {
		case k:
			return true
		case emptySlot:
			return false
		}
	}
}

// candidate reports whether a match can start at p.
func (f *filter) candidate(s string, p int) bool {
	c := s[p]
	if !f.first[c] || f.boundary && (p > 0 && wordByte(s[p-1])) == wordByte(c) {
		return false
	}
	if f.single[c] {
		return true
	}
	if p+1 >= len(s) {
		return false
	}
	i := int(c)<<8 | int(s[p+1])
	if f.pair[i/64]&(1<<(i%64)) == 0 {
		return false
	}
	if f.k == 2 {
		return true
	}
	for _, w := range f.short {
		if strings.HasPrefix(s[p:], w) {
			return true
		}
	}
	return p+f.k <= len(s) && f.set.has(s[p:p+f.k])
}

// leadingBoundary reports whether every match of re begins with \b.
func leadingBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return leadingBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && leadingBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !leadingBoundary(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// wordByte is the ASCII word class \b uses.
func wordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
