package textnorm

import (
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/kljensen/snowball/english"
)

// The vocabulary is one process-wide table from a word to its stem and its
// id. It serves two purposes:
//
//   - the stem cache: advert vocabulary is small and repetitive, and
//     snowball stemming dominated tokenising cost;
//   - word ids: the lexicons Intern their words once, and every token gets
//     Token.ID, so an extractor's word list is a bitset or slice indexed by
//     id instead of a string map hashed per token.
//
// Nearly every lookup hits, so reads go to an immutable snapshot with no
// lock (a shared RWMutex made concurrent Screens contend once per token).
// The snapshot is an open-addressing table of 32-byte slots that hold words
// of up to 16 bytes inline, so a lookup reads one slot, usually one cache
// line, and never the key's bytes elsewhere. Slots hold no pointers: stems
// and longer words live in an append-only arena, so the garbage collector
// never scans the table.
//
// New entries collect in a locked side map, merged into a fresh snapshot
// when it has grown by half or once the lookups that missed the snapshot
// outnumber the entries a merge copies, so copying stays linear overall.
// Interned words are merged before the next lookup that misses, so they
// are visible to every Doc tokenised after Intern returns.
//
// The cache part stops growing at stemCacheMax entries and never takes
// words longer than maxCachedWord, so hostile input cannot exhaust memory;
// interned words (a few thousand, from the lexicons) always go in. Filling
// the cache publishes it, so a full cache answers the misses of a stream of
// made-up words from the snapshot alone, without the lock.
// Entries are copies, so the table never pins a listing's text.
var vocab = newVocabulary()

const (
	stemCacheMax  = 200_000
	maxCachedWord = 64
	maxWord       = 1<<16 - 2 // longest word a slot can describe
	sameStem      = 1<<16 - 1 // slen: the stem is the word itself
	chunkBits     = 16        // arena chunks of 64 KiB
)

// vslot is one entry of a vtable; id 0 marks an empty slot.
type vslot struct {
	k0, k1 uint64 // the word's first 16 bytes, little-endian, zero-padded
	tag    uint32 // the high half of the word's hash
	id     uint32
	off    uint32 // arena offset: the stem (unless slen is sameStem), then the word if longer than 16 bytes
	klen   uint16 // the word's length
	slen   uint16 // the stem's length, or sameStem
}

// vtable is an immutable snapshot, at most half full.
type vtable struct {
	slots  []vslot
	mask   uint64
	n      int      // occupied slots
	chunks [][]byte // the arena's chunks when the table was published
}

type vocabulary struct {
	snap atomic.Pointer[vtable]
	// dirty is set while interned words wait in pending: a lookup that
	// misses the snapshot then publishes before it answers.
	dirty atomic.Bool
	// full is set once the cache holds stemCacheMax entries, all of them
	// published; from then on a word the snapshot lacks has no entry, and
	// a miss takes no lock.
	full atomic.Bool

	mu      sync.Mutex
	pending map[string]vslot // keys are arena strings
	misses  int              // snapshot misses since the last merge
	cached  int              // entries added by the cache (not by Intern)
	nextID  uint32
	chunks  [][]byte
	used    int // bytes used of the last chunk
}

func newVocabulary() *vocabulary {
	v := &vocabulary{nextID: 1}
	v.snap.Store(&vtable{slots: make([]vslot, 16), mask: 15})
	return v
}

var (
	hashSeed  = maphash.MakeSeed()
	seed0     = maphash.String(hashSeed, "k0") | 1
	seed1     = maphash.String(hashSeed, "k1")
	goldenMul = uint64(0x9E3779B97F4A7C15)
)

// words16 returns w's first 16 bytes as two little-endian words, padded
// with zeros, loading at most four times.
func words16(w string) (k0, k1 uint64) {
	n := len(w)
	if n == 0 {
		return 0, 0
	}
	b := unsafe.Slice(unsafe.StringData(w), n)
	switch {
	case n >= 16:
		return binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
	case n > 8:
		return binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[n-8:]) >> (8 * (16 - n))
	case n == 8:
		return binary.LittleEndian.Uint64(b), 0
	case n >= 4:
		lo := uint64(binary.LittleEndian.Uint32(b))
		hi := uint64(binary.LittleEndian.Uint32(b[n-4:])) >> (8 * (8 - n))
		return lo | hi<<32, 0
	}
	for i := 0; i < n; i++ {
		k0 |= uint64(b[i]) << (8 * i)
	}
	return k0, 0
}

// hashWord hashes w given its first 16 bytes; the seed is random per
// process, so nobody can write a listing whose words all collide.
func hashWord(w string, k0, k1 uint64) uint64 {
	if len(w) > 16 {
		k1 ^= maphash.String(hashSeed, w[16:])
	}
	hi, lo := bits.Mul64(k0^seed0, k1^seed1^uint64(len(w))*goldenMul)
	return hi ^ lo
}

// find returns w's slot, or nil.
func (t *vtable) find(w string, k0, k1, h uint64) *vslot {
	tag := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.id == 0 {
			return nil
		}
		if s.tag == tag && s.k0 == k0 && s.k1 == k1 && int(s.klen) == len(w) &&
			(len(w) <= 16 || arenaString(t.chunks, s.off+s.stemBytes(), len(w)) == w) {
			return s
		}
	}
}

// put files s, known to be absent, under hash h.
func (t *vtable) put(s vslot, h uint64) {
	s.tag = uint32(h >> 32)
	i := h & t.mask
	for t.slots[i].id != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = s
	t.n++
}

// stemBytes is how many arena bytes the stem takes before the word.
func (s *vslot) stemBytes() uint32 {
	if s.slen == sameStem {
		return 0
	}
	return uint32(s.slen)
}

// stem returns the stem s records for the word w it matched.
func (s *vslot) stem(chunks [][]byte, w string) string {
	if s.slen == sameStem {
		return w
	}
	return arenaString(chunks, s.off, int(s.slen))
}

func arenaString(chunks [][]byte, off uint32, n int) string {
	if n == 0 {
		return ""
	}
	c := chunks[off>>chunkBits]
	return unsafe.String(&c[off&(1<<chunkBits-1)], n)
}

// rehash recomputes the hash of the word in slot s of a table over chunks.
func rehash(chunks [][]byte, s *vslot) uint64 {
	if s.klen > 16 {
		return hashWord(arenaString(chunks, s.off+s.stemBytes(), int(s.klen)), s.k0, s.k1)
	}
	hi, lo := bits.Mul64(s.k0^seed0, s.k1^seed1^uint64(s.klen)*goldenMul)
	return hi ^ lo
}

// store copies the stem (unless it is w) and, for words longer than 16
// bytes, w into the arena and returns the slot describing them, with a
// new id. The returned key is w as an arena string when w was stored,
// else a fresh copy. v.mu is held.
func (v *vocabulary) store(w, stem string, k0, k1 uint64) (vslot, string) {
	s := vslot{k0: k0, k1: k1, klen: uint16(len(w)), id: v.nextID}
	v.nextID++
	n := 0
	if stem == w {
		s.slen = sameStem
	} else {
		s.slen = uint16(len(stem))
		n += len(stem)
	}
	if len(w) > 16 {
		n += len(w)
	}
	if n == 0 {
		return s, string([]byte(w))
	}
	if len(v.chunks) == 0 || v.used+n > len(v.chunks[len(v.chunks)-1]) {
		size := 1 << chunkBits
		if n > size {
			size = n // a word too long for a chunk gets one of its own
		}
		// Offsets address 64 KiB chunks; a bigger chunk keeps its own index.
		v.chunks = append(v.chunks, make([]byte, size))
		v.used = 0
	}
	ci := len(v.chunks) - 1
	c := v.chunks[ci]
	s.off = uint32(ci)<<chunkBits | uint32(v.used)
	p := v.used
	if s.slen != sameStem {
		p += copy(c[p:], stem)
	}
	key := ""
	if len(w) > 16 {
		copy(c[p:], w)
		key = unsafe.String(&c[p], len(w))
		p += len(w)
	} else {
		key = string([]byte(w))
	}
	v.used = p
	return s, key
}

// lookup returns w's slot in the current snapshot (publishing interned
// words first if any wait), and that snapshot; nil when w has no entry.
func (v *vocabulary) lookup(w string, k0, k1, h uint64) (*vslot, *vtable) {
	t := v.snap.Load()
	if s := t.find(w, k0, k1, h); s != nil {
		return s, t
	}
	if !v.dirty.Load() {
		return nil, t
	}
	v.mu.Lock()
	if v.dirty.Load() {
		v.publish()
	}
	v.mu.Unlock()
	t = v.snap.Load()
	return t.find(w, k0, k1, h), t
}

// stemID returns the stem and id of token text w: the cached or interned
// entry when there is one, else the stem computed here and a new entry when
// w is a cacheable word, else w itself and id 0.
func (v *vocabulary) stemID(w string) (string, uint32) {
	if len(w) > maxWord {
		return stemUncached(w), 0
	}
	k0, k1 := words16(w)
	if len(w) <= 16 && (k0|k1)&0x8080808080808080 != 0 || len(w) > 16 && !ascii(w) {
		// Not ASCII, so not Latin: the stem is the word; the id is its Key's.
		return w, v.id(Key(w))
	}
	h := hashWord(w, k0, k1)
	s, t := v.lookup(w, k0, k1, h)
	if s != nil {
		return s.stem(t.chunks, w), s.id
	}
	if len(w) < 3 || !latin(w) {
		return w, 0
	}
	if len(w) > maxCachedWord {
		return english.Stem(w, false), 0
	}
	return v.missed(w, k0, k1)
}

// stemIDs fills in Stem and ID of every token, as stemID does. It runs
// after the tokens are found rather than as each is found: a tight loop of
// independent table probes lets the processor wait for several slots'
// cache lines at once, where one probe per scanned word waited for each.
//
// It reports whether any token's Key differs from its Text.
func (v *vocabulary) stemIDs(ts []Token) (variants bool) {
	t := v.snap.Load()
	for i := range ts {
		tk := &ts[i]
		w := tk.Text
		if len(w) <= 16 {
			k0, k1 := words16(w)
			if (k0|k1)&0x8080808080808080 == 0 {
				hi, lo := bits.Mul64(k0^seed0, k1^seed1^uint64(len(w))*goldenMul)
				if s := t.find(w, k0, k1, hi^lo); s != nil {
					tk.Stem, tk.ID = s.stem(t.chunks, w), s.id
					continue
				}
			} else if k := Key(w); k != w {
				tk.Stem, tk.ID = w, v.id(k) // stemID's answer, without a second Key
				variants = true
				continue
			}
		} else if !ascii(w) && Key(w) != w {
			variants = true
		}
		tk.Stem, tk.ID = v.stemID(w)
	}
	return variants
}

// id returns the id of the word w, 0 when it has none. It adds nothing.
func (v *vocabulary) id(w string) uint32 {
	if len(w) > maxWord {
		return 0
	}
	k0, k1 := words16(w)
	s, _ := v.lookup(w, k0, k1, hashWord(w, k0, k1))
	if s == nil {
		return 0
	}
	return s.id
}

// missed handles a cacheable word the snapshot lacks: from the side map,
// else stemmed here (outside the lock: it is the slow part) and added.
func (v *vocabulary) missed(w string, k0, k1 uint64) (string, uint32) {
	if v.full.Load() {
		return v.missedFull(w, k0, k1)
	}
	v.mu.Lock()
	v.misses++
	if s, ok := v.pending[w]; ok {
		v.maybePublish()
		st := s.stem(v.chunks, w)
		v.mu.Unlock()
		return st, s.id
	}
	v.mu.Unlock()
	st := english.Stem(w, false)
	v.mu.Lock()
	defer v.mu.Unlock()
	if s, ok := v.entry(w, k0, k1); ok { // another goroutine added it meanwhile
		return st, s.id
	}
	if v.cached >= stemCacheMax {
		return st, 0
	}
	v.cached++
	s := v.add(w, st, k0, k1)
	if v.cached == stemCacheMax {
		v.publish()
		v.full.Store(true)
	} else {
		v.maybePublish()
	}
	return st, s.id
}

// missedFull is missed once the cache is full. Every entry the cache made
// is in the snapshot by then, and interned words are published by lookup
// before it misses, so only the snapshot is asked — again, in case the
// filling publish came after lookup read it — and no lock is taken. The
// hash is computed again rather than passed down, which kept stemID's hit
// path as it was; next to stemming, it costs nothing.
func (v *vocabulary) missedFull(w string, k0, k1 uint64) (string, uint32) {
	t := v.snap.Load()
	if s := t.find(w, k0, k1, hashWord(w, k0, k1)); s != nil {
		return s.stem(t.chunks, w), s.id
	}
	return english.Stem(w, false), 0
}

// entry finds w in the snapshot or the side map. v.mu is held.
func (v *vocabulary) entry(w string, k0, k1 uint64) (vslot, bool) {
	if s, ok := v.pending[w]; ok {
		return s, true
	}
	if s := v.snap.Load().find(w, k0, k1, hashWord(w, k0, k1)); s != nil {
		return *s, true
	}
	return vslot{}, false
}

// add files a new entry for w in the side map. v.mu is held.
func (v *vocabulary) add(w, stem string, k0, k1 uint64) vslot {
	s, key := v.store(w, stem, k0, k1)
	if v.pending == nil {
		v.pending = make(map[string]vslot)
	}
	v.pending[key] = s
	return s
}

// maybePublish merges when it pays for itself. v.mu is held.
func (v *vocabulary) maybePublish() {
	n := v.snap.Load().n
	if len(v.pending) > n/2+256 || v.misses > n+len(v.pending) {
		v.publish()
	}
}

// publish merges the side map into a new snapshot. v.mu is held.
func (v *vocabulary) publish() {
	old := v.snap.Load()
	total := old.n + len(v.pending)
	size := 16
	for size < 2*total {
		size *= 2
	}
	t := &vtable{slots: make([]vslot, size), mask: uint64(size - 1), chunks: v.chunks}
	for i := range old.slots {
		if s := &old.slots[i]; s.id != 0 {
			t.put(*s, rehash(t.chunks, s))
		}
	}
	for _, s := range v.pending {
		t.put(s, rehash(t.chunks, &s))
	}
	v.snap.Store(t)
	v.pending = nil
	v.misses = 0
	v.dirty.Store(false)
}

// intern gives each word an id, keeping the ids words already have. v.mu
// is not held.
func (v *vocabulary) intern(words []string) []uint32 {
	v.mu.Lock()
	defer v.mu.Unlock()
	ids := make([]uint32, len(words))
	for i, w := range words {
		w = Key(w)
		if len(w) > maxWord {
			panic("textnorm: Intern: word longer than 65534 bytes")
		}
		k0, k1 := words16(w)
		s, ok := v.entry(w, k0, k1)
		if !ok {
			s = v.add(w, stemUncached(w), k0, k1)
			v.dirty.Store(true)
		}
		ids[i] = s.id
	}
	return ids
}

// stemUncached is the stem rule without the cache.
func stemUncached(w string) string {
	if len(w) < 3 || !latin(w) {
		return w
	}
	return english.Stem(w, false)
}

func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
