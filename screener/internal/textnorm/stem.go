package textnorm

import (
	"sync"

	"github.com/kljensen/snowball/english"
)

// Stem returns the stem the matchers compare: the snowball English stem for
// words in Latin letters, the word itself for everything else (Urdu script,
// numbers), because snowball has no stemmer for those.
func Stem(word string) string { return stem(word) }

// stemCache remembers stems across listings: advert vocabulary is small and
// repetitive, and stemming dominates tokenising cost. It stops growing at
// stemCacheMax entries so hostile input cannot exhaust memory.
var stemCache = struct {
	sync.RWMutex
	m map[string]string
}{m: make(map[string]string, 4096)}

const stemCacheMax = 200_000

func stem(w string) string {
	if len(w) < 3 || !latin(w) {
		return w
	}
	stemCache.RLock()
	s, ok := stemCache.m[w]
	stemCache.RUnlock()
	if ok {
		return s
	}
	s = english.Stem(w, false)
	if s == w {
		s = w // share the token's bytes instead of keeping a copy
	}
	stemCache.Lock()
	if len(stemCache.m) < stemCacheMax {
		stemCache.m[stringsClone(w)] = s
	}
	stemCache.Unlock()
	return s
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
