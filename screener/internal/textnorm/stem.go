package textnorm

import (
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// Stem returns the stem the matchers compare: the snowball English stem for
// words in Latin letters, the word itself for everything else (Urdu script,
// numbers), because snowball has no stemmer for those.
func Stem(word string) string { return stem(word) }

// stemCache remembers stems across listings: advert vocabulary is small and
// repetitive, and stemming dominates tokenising cost. It stops growing at
// stemCacheMax entries so hostile input cannot exhaust memory.
//
// Nearly every lookup hits, so reads go to an immutable snapshot with no
// lock (a shared RWMutex made concurrent Screens contend once per token).
// New stems collect in a locked side map, merged into a fresh snapshot when
// it has grown by half or once the lookups that missed the snapshot
// outnumber the entries a merge copies, so copying stays linear overall.
var stemCache stemTable

type stemTable struct {
	snap    atomic.Pointer[map[string]string]
	mu      sync.Mutex
	pending map[string]string
	misses  int // snapshot misses since the last merge
}

const stemCacheMax = 200_000

func stem(w string) string {
	if len(w) < 3 || !latin(w) {
		return w
	}
	if m := stemCache.snap.Load(); m != nil {
		if s, ok := (*m)[w]; ok {
			return s
		}
	}
	if s, ok := stemCache.pendingStem(w); ok {
		return s
	}
	s := english.Stem(w, false) // outside the lock: it is the slow part
	stemCache.add(w, s)
	return s
}

func (c *stemTable) pendingStem(w string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.misses++
	s, ok := c.pending[w]
	if ok {
		c.maybePublish()
	}
	return s, ok
}

func (c *stemTable) add(w, s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.size() >= stemCacheMax {
		return
	}
	if c.pending == nil {
		c.pending = make(map[string]string)
	}
	// Key and value are copies so the cache never pins a listing's text.
	k := stringsClone(w)
	if s == w {
		c.pending[k] = k
	} else {
		c.pending[k] = s
	}
	c.maybePublish()
}

func (c *stemTable) snapshot() map[string]string {
	if p := c.snap.Load(); p != nil {
		return *p
	}
	return nil
}

func (c *stemTable) size() int { return len(c.snapshot()) + len(c.pending) }

// maybePublish merges when it pays for itself. c.mu is held.
func (c *stemTable) maybePublish() {
	snap := c.snapshot()
	if len(c.pending) > len(snap)/2+256 || c.misses > c.size() {
		c.publish(snap)
	}
}

// publish merges the pending stems into a new snapshot. c.mu is held.
func (c *stemTable) publish(snap map[string]string) {
	m := make(map[string]string, len(snap)+len(c.pending))
	for k, v := range snap {
		m[k] = v
	}
	for k, v := range c.pending {
		m[k] = v
	}
	c.snap.Store(&m)
	c.pending = nil
	c.misses = 0
}

// latin reports whether w is all ASCII lower-case letters (with an inner
// apostrophe); snowball's English stemmer is meaningless for anything else.
func latin(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && c != '\'' {
			return false
		}
	}
	return true
}
