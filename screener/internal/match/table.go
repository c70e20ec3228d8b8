package match

import "math/bits"

// wordTable is a read-only hash table from stems to what the engine knows
// of them, built once when a Set is compiled. Every token of every listing
// is looked up, and most are in no phrase and no cue: a Go map hashed each
// one with the runtime's string hash, then probed a group of slots. Here the
// hash is one multiplication of the word's first and last eight bytes; the
// hashes sit in their own array, at most a quarter full and small enough to
// stay in the L1 cache, so a missing word nearly always ends at its first
// slot, and the strings are compared only when the hashes agree.
type wordTable struct {
	hashes []uint64 // 0: empty (wordHash never returns 0)
	words  []string
	infos  []wordInfo
	shift  uint // 64 - log2(len(hashes))
}

// newWordTable builds a table of m's entries.
func newWordTable(m map[string]wordInfo) *wordTable {
	size := 8
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordTable{hashes: make([]uint64, size), words: make([]string, size), infos: make([]wordInfo, size),
		shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for w, v := range m {
		h := wordHash(w)
		i := h >> t.shift
		for t.hashes[i] != 0 {
			i = (i + 1) & uint64(size-1)
		}
		t.hashes[i], t.words[i], t.infos[i] = h, w, v
	}
	return t
}

// get returns what the table holds for w, if anything.
func (t *wordTable) get(w string) (*wordInfo, bool) {
	if i := t.slot(w); i >= 0 {
		return &t.infos[i], true
	}
	return nil, false
}

// slot returns the slot that holds w, -1 when none does.
func (t *wordTable) slot(w string) int {
	h := wordHash(w)
	mask := uint64(len(t.hashes) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch t.hashes[i] {
		case h:
			if t.words[i] == w {
				return int(i)
			}
		case 0:
			return -1
		}
	}
}

// wordHash multiplies the word's first eight bytes, folded with its last
// eight and its length, by a large odd constant: table slots come from the
// product's top bits, which depend on every input bit. Stems are short,
// and words that agree on all of that are told apart by the string
// comparison.
func wordHash(w string) uint64 {
	n := len(w)
	var x uint64
	if n >= 8 {
		x = le64(w) ^ bits.RotateLeft64(le64(w[n-8:]), 23)
	} else {
		for i := 0; i < n; i++ {
			x = x<<8 | uint64(w[i])
		}
	}
	return (x^uint64(n)<<58)*0x9e3779b97f4a7c15 | 1 // never 0, which marks an empty slot
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
