package textnorm

import (
	"sync"
	"sync/atomic"
	"testing"
)

// madeUpWord is the i-th word of a stream no dictionary holds, as a
// hostile listing would send: prefix and i in base 26.
func madeUpWord(prefix string, i int) string {
	b := []byte(prefix)
	for ; i > 0; i /= 26 {
		b = append(b, byte('a'+i%26))
	}
	return string(b)
}

var (
	fullOnce  sync.Once
	fullVocab *vocabulary
)

// BenchmarkStemIDFull is the hostile case: a new made-up word on every
// call, from parallel goroutines, with the stem cache already full.
func BenchmarkStemIDFull(b *testing.B) {
	fullOnce.Do(func() {
		fullVocab = newVocabulary()
		for i := range stemCacheMax {
			fullVocab.stemID(madeUpWord("fill", i))
		}
	})
	var n atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			fullVocab.stemID(madeUpWord("novel", int(n.Add(1))))
		}
	})
}
