package match

import "sync/atomic"

// idCache remembers, per vocabulary id of a token's text (Token.ID), what
// the Set's word table holds for that token's stem. Looking a token up by
// its stem hashes the stem's bytes, and the stems of cached words live in
// the vocabulary's arena, away from the listing: a cache miss per token.
// The id sits in the token. Within a Doc whose keys are its texts an id
// names one text, hence one stem, so the answer can be kept. Entries are
// written by whichever Run meets the id first; concurrent writers store
// the same value.
type idCache struct {
	chunks [idChunks]atomic.Pointer[idChunk]
}

const (
	idChunkBits = 12
	idChunks    = 1 << 10 // ids from 1<<22 on are never cached
)

type idChunk [1 << idChunkBits]atomic.Uint32

// Values of an idCache entry: unknown, no table entry, or slot+idSlot.
const (
	idUnknown = 0
	idNone    = 1
	idSlot    = 2
)

// get returns the entry for id, idUnknown when there is none.
func (c *idCache) get(id uint32) uint32 {
	if id >= idChunks<<idChunkBits {
		return idUnknown
	}
	ch := c.chunks[id>>idChunkBits].Load()
	if ch == nil {
		return idUnknown
	}
	return ch[id&(1<<idChunkBits-1)].Load()
}

// put records that id's stem is in table slot (-1: not in the table).
func (c *idCache) put(id uint32, slot int) {
	if id == 0 || id >= idChunks<<idChunkBits {
		return
	}
	p := &c.chunks[id>>idChunkBits]
	ch := p.Load()
	if ch == nil {
		ch = new(idChunk)
		if !p.CompareAndSwap(nil, ch) {
			ch = p.Load()
		}
	}
	v := uint32(idNone)
	if slot >= 0 {
		v = uint32(slot) + idSlot
	}
	ch[id&(1<<idChunkBits-1)].Store(v)
}
