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
	rs := defaultRules(t)
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

// After Run has filled the id cache, every token id it knows must answer
// what the word table answers for the token's stem; and a Set whose cache
// other listings warmed must find what a fresh Set finds, also in a
// listing with Arabic letter variants, whose ids are not its texts'.
func TestIDCacheAgreesWithTable(t *testing.T) {
	rs := defaultRules(t)
	warm, cold := compile(t, rs...), compile(t, rs...)
	texts := []string{
		"Beware of fake agents asking a registration fee. No registration fee is charged.",
		"ہوشیار رہیں، فراڈ ایجنٹ فیس مانگتے ہیں۔ registration fee نہیں",
		"هوشيار رہیں، فراڈ ايجنٹ فيس مانگتے ہیں۔ registration fee",
		"Work from home, earn 5000 daily, WhatsApp only, no interview.",
	}
	paths, _ := filepath.Glob("../../../samples/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	ids := func(hs []Hit) string { return fmt.Sprint(hs) }
	for round := range 2 {
		for _, text := range texts {
			d := textnorm.New(text)
			got := ids(warm.Run(Input{Doc: d}))
			clear(cold.ids.chunks[:]) // forget every id: a cold cache
			if want := ids(cold.Run(Input{Doc: d})); got != want {
				t.Errorf("round %d, %.40q: warmed Set %s, cold Set %s", round, text, got, want)
			}
			if !d.KeysAreTexts() {
				continue
			}
			for _, tk := range d.Tokens {
				v := warm.ids.get(tk.ID)
				if tk.ID == 0 || v == idUnknown {
					continue
				}
				if slot := warm.words.slot(tk.Stem); int(v)-idSlot != slot {
					t.Errorf("token %q (id %d): cache says slot %d, table %d", tk.Text, tk.ID, int(v)-idSlot, slot)
				}
			}
		}
	}
	if d := textnorm.New(texts[2]); d.KeysAreTexts() {
		t.Errorf("%q has Arabic letter variants, yet its keys are its texts", texts[2])
	}
}

// defaultRules returns every rule of the default packs.
func defaultRules(tb testing.TB) []rules.Rule {
	tb.Helper()
	packs, err := rules.Default()
	if err != nil {
		tb.Fatal(err)
	}
	var rs []rules.Rule
	for _, p := range packs {
		rs = append(rs, p.Rules...)
	}
	return rs
}
