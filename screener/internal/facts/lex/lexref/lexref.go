// Package lexref is the string-keyed phrase matcher lex used before tokens
// carried vocabulary ids, kept as the reference the id-based lex.Set is
// tested against. Only tests import it.
package lexref

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
				s.words[lex.Key(w)] = true
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

// Check compares set.Longest with the reference at every token of every
// text and reports the first few differences.
func Check[T comparable](t *testing.T, ps []lex.Pattern[T], set *lex.Set[T], texts []string) {
	t.Helper()
	ref := Compile(ps)
	bad, n, hits := 0, 0, 0
	for _, text := range texts {
		d := textnorm.New(text)
		keys := lex.Keys(d)
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
	if f, err := os.Open(filepath.Join(root, "..", "shared", "data", "emscad-dev.csv")); err == nil {
		defer f.Close()
		rows, _ := csv.NewReader(f).ReadAll()
		for _, r := range rows {
			out = append(out, strings.Join(r, "\n"))
		}
	}
	if len(out) == 0 {
		t.Fatalf("no samples under %s", root)
	}
	return out
}
