package textnorm

import (
	"fmt"
	"sync"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestStemCacheAgreesWithSnowball checks that the cache, read from many
// goroutines while it fills and publishes snapshots, only ever returns what
// snowball returns.
func TestStemCacheAgreesWithSnowball(t *testing.T) {
	words := []string{"requirements", "salary", "monthly", "applying", "registration", "fees", "don't"}
	for i := range 1500 {
		words = append(words, fmt.Sprintf("work%sing", string(rune('a'+i%26))+string(rune('a'+i/26%26))))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for i := range words {
					w := words[(i+g*97+round)%len(words)]
					if got, want := stem(w), english.Stem(w, false); got != want {
						t.Errorf("stem(%q) = %q, want %q", w, got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	if vocab.snap.Load().n == 0 {
		t.Errorf("no snapshot published after %d distinct words", len(words))
	}
}

func BenchmarkStemCached(b *testing.B) {
	words := []string{"requirements", "salary", "monthly", "applying", "registration", "fees", "customer"}
	for _, w := range words {
		stem(w)
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			stem(words[i%len(words)])
			i++
		}
	})
}
