package match

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// The word table must answer exactly as the map it is built from, for
// words in it and words not, of every length the hash treats apart.
func TestWordTableAgreesWithMap(t *testing.T) {
	m := map[string]wordInfo{}
	packs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range packs {
		for _, r := range p.Rules {
			for _, ph := range append(append([]string{}, r.Phrases...), r.Unless.Phrases...) {
				for _, tok := range textnorm.New(ph).Tokens {
					m[tok.Stem] = wordInfo{phrases: []phrase{{src: tok.Stem}}}
				}
			}
		}
	}
	for _, w := range []string{"a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "registration-and-more", "فراڈ", "ہوشیار"} {
		m[w] = wordInfo{phrases: []phrase{{src: w}}}
	}
	tab := newWordTable(m)
	probe := []string{"", "x", "the", "ab\x00", "abcdefgh\x00", "abcdefghi ", "Registration", "registr", "abcdefghj"}
	for w := range m {
		probe = append(probe, w, w+"s", strings.ToUpper(w), w[:len(w)/2], "x"+w)
	}
	for i := range 2000 {
		probe = append(probe, fmt.Sprintf("w%d", i), fmt.Sprintf("word-%08d-tail", i))
	}
	for _, w := range probe {
		want, wok := m[w]
		got, ok := tab.get(w)
		if ok != wok || ok && got.phrases[0].src != want.phrases[0].src {
			t.Errorf("get(%q) = %v, %v; the map says %v, %v", w, got, ok, want, wok)
		}
	}
	if _, ok := newWordTable(nil).get("x"); ok {
		t.Error("an empty table holds a word")
	}
}
