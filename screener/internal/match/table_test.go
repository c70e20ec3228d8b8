package match

import (
	"fmt"
	"os"
	"path/filepath"
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

// matchAt compares a phrase without gaps in place; it must agree with the
// general matcher on every phrase of the default rules at every token of
// the samples.
func TestMatchAtAgreesWithMatchWords(t *testing.T) {
	packs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	var rs []rules.Rule
	for _, p := range packs {
		rs = append(rs, p.Rules...)
	}
	s := compile(t, rs...)
	paths, _ := filepath.Glob("../../../samples/*.txt")
	if len(paths) == 0 {
		t.Fatal("no samples")
	}
	tried := 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		toks := textnorm.New(string(b)).Tokens
		for i := range toks {
			w, ok := s.words.get(toks[i].Stem)
			if !ok {
				continue
			}
			for _, p := range w.phrases {
				end, ok := p.matchAt(toks, i)
				wend, wok := matchWords(toks, i, toks[i].Sentence, p.words)
				if ok != wok || ok && end != wend {
					t.Errorf("%s: %q at %d: matchAt %d %v, matchWords %d %v", path, p.src, i, end, ok, wend, wok)
				}
				tried++
			}
		}
	}
	if tried < 1000 {
		t.Errorf("only %d phrase tries", tried)
	}
}
