// Package lexref is the string-keyed phrase matcher lex used before tokens
// carried vocabulary ids, kept as the reference the id-based lex.Set is
// tested against. Only tests import it.
package lexref

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

type slot struct {
	words    map[string]bool
	optional bool
}

type phrase struct {
	index        int // the pattern's position in the list given to Compile
	slots        []slot
	tight, plain bool
}

// Set is a compiled pattern list.
type Set struct{ byFirst map[string][]*phrase }

// Compile builds the reference matcher for ps.
func Compile[T any](ps []lex.Pattern[T]) *Set {
	set := &Set{byFirst: map[string][]*phrase{}}
	for i, p := range ps {
		ph := &phrase{index: i, tight: p.Tight, plain: p.Plain}
		for _, f := range strings.Fields(p.Text) {
			s := slot{words: map[string]bool{}, optional: strings.HasSuffix(f, "?")}
			for _, w := range strings.Split(strings.TrimSuffix(f, "?"), "|") {
				s.words[Key(w)] = true
			}
			ph.slots = append(ph.slots, s)
		}
		set.index(ph)
	}
	return set
}

func (set *Set) index(ph *phrase) {
	if len(ph.slots) == 0 {
		return
	}
	if ph.slots[0].optional {
		rest := *ph
		rest.slots = ph.slots[1:]
		set.index(&rest)
		with := *ph
		with.slots = append([]slot{{words: ph.slots[0].words}}, ph.slots[1:]...)
		ph = &with
	}
	for w := range ph.slots[0].words {
		set.byFirst[w] = append(set.byFirst[w], ph)
	}
}

// Longest returns the index of the pattern that matches the most tokens
// from token i and the end of the match, or -1, -1.
func (set *Set) Longest(d *textnorm.Doc, keys []string, i int) (int, int) {
	best, bestEnd := -1, -1
	for _, ph := range set.byFirst[keys[i]] {
		if end := ph.match(d, keys, 1, i+1, i); end > bestEnd {
			best, bestEnd = ph.index, end
		}
	}
	return best, bestEnd
}

func (ph *phrase) match(d *textnorm.Doc, keys []string, si, ti, first int) int {
	if si == len(ph.slots) {
		return ti
	}
	best := -1
	if ti < len(keys) && ph.slots[si].words[keys[ti]] &&
		d.Tokens[ti].Sentence == d.Tokens[first].Sentence && (!ph.tight || lex.Touching(d, ti-1, ti)) &&
		(!ph.plain || strings.TrimSpace(d.Folded[d.Tokens[ti-1].End:d.Tokens[ti].Start]) == "" ||
			strings.TrimSpace(d.Folded[d.Tokens[ti-1].End:d.Tokens[ti].Start]) == "-") {
		best = ph.match(d, keys, si+1, ti+1, first)
	}
	if ph.slots[si].optional {
		if e := ph.match(d, keys, si+1, ti, first); e > best {
			best = e
		}
	}
	return best
}

// urduVariants and Key are lex.Key as it was before textnorm took it over
// (with a shortcut for text without Arabic letters), so the reference does
// not share the code it checks.
var urduVariants = strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک", "ه", "ہ", "ة", "ہ", "ۀ", "ہ")

// Key is the reference comparison key of a word.
func Key(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return urduVariants.Replace(w)
		}
	}
	return w
}

// Check compares set.Longest with the reference at every token of every
// text, and of the hard cases built from ps (see Hard), and reports the
// first few differences.
func Check[T comparable](t *testing.T, ps []lex.Pattern[T], set *lex.Set[T], texts []string) {
	t.Helper()
	ref := Compile(ps)
	bad, n, hits := 0, 0, 0
	texts = append(texts, Hard(ps)...)
	for _, text := range texts {
		d := textnorm.New(text)
		keys := make([]string, len(d.Tokens))
		for i, tk := range d.Tokens {
			keys[i] = Key(tk.Text)
		}
		for i := range d.Tokens {
			ri, rend := ref.Longest(d, keys, i)
			ph, end := set.Longest(d, i)
			n++
			if ph == nil && ri < 0 {
				continue
			}
			hits++
			if ph == nil || ri < 0 || ph.Tag != ps[ri].Tag || end != rend {
				if bad++; bad <= 5 {
					t.Errorf("token %d %q of %.40q: got %v end %d, reference pattern %d end %d", i, d.Tokens[i].Text, text, ph, end, ri, rend)
				}
			}
		}
	}
	t.Logf("%d texts, %d token positions compared, %d matches", len(texts), n, hits)
}

// Hard returns texts that spell every pattern the ways listings do and the
// samples rarely do: each alternative of each slot, in upper case, in
// Arabic letter variants (ي ى ك ه ة for the Urdu ی ک ہ, which Key
// folds), joined by hyphens or broken by a sentence end, next to words
// longer than 16 and 64 bytes, after invalid UTF-8, plus an empty text.
func Hard[T any](ps []lex.Pattern[T]) []string {
	arabic := []*strings.Replacer{
		strings.NewReplacer("ی", "ي", "ک", "ك", "ہ", "ه"),
		strings.NewReplacer("ی", "ى", "ہ", "ة"),
	}
	long16 := "abcdefghijklmnopq"              // 17 bytes
	long64 := strings.Repeat("lengthy", 10)    // 70 bytes
	urduLong := strings.Repeat("کیا", 4) + "ي" // over 16 bytes, with a variant
	out := []string{"", " ", "\xff\xfe", long16 + " " + long64 + " " + urduLong}
	for _, p := range ps {
		var slots [][]string
		for _, f := range strings.Fields(p.Text) {
			slots = append(slots, strings.Split(strings.TrimSuffix(f, "?"), "|"))
		}
		for k := 0; k < 3; k++ {
			words := make([]string, len(slots))
			for i, alts := range slots {
				words[i] = alts[(k+i)%len(alts)]
			}
			spaced := strings.Join(words, " ")
			variants := []string{
				spaced,
				strings.ToUpper(spaced),
				strings.Join(words, "-"),
				strings.Join(words, ". "),
				strings.Join(words, " \xff "),
				long16 + " " + spaced + " " + long64,
				"\xc3" + spaced + "\x80",
			}
			for _, r := range arabic {
				variants = append(variants, r.Replace(spaced), strings.ToUpper(r.Replace(spaced)))
			}
			if len(words) > 1 {
				variants = append(variants, strings.Join(words[1:], " ")) // the optional first slot left out
			}
			out = append(out, variants...)
		}
	}
	return out
}

// Corpus returns the bundled samples under root (the repository) and, when
// the shared data is present, every EMSCAD dev advert.
func Corpus(t testing.TB, root string) []string {
	var out []string
	files, _ := filepath.Glob(filepath.Join(root, "samples", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			out = append(out, string(b))
		}
	}
	if e, err := emscadtest.Load(); err == nil {
		for _, r := range e.Rows {
			out = append(out, strings.Join(r, "\n"))
		}
	}
	if len(out) == 0 {
		t.Fatalf("no samples under %s", root)
	}
	return out
}
