package textnorm

import (
	"encoding/binary"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kljensen/snowball/english"
)

func TestWords16(t *testing.T) {
	src := "abcdefghijklmnopqrstuvwxyz0123456789"
	for n := 0; n <= len(src); n++ {
		w := src[:n]
		var b [16]byte
		copy(b[:], w)
		want0, want1 := binary.LittleEndian.Uint64(b[:]), binary.LittleEndian.Uint64(b[8:])
		if k0, k1 := words16(w); k0 != want0 || k1 != want1 {
			t.Errorf("words16(%q) = %x %x, want %x %x", w, k0, k1, want0, want1)
		}
	}
}

// TestVocabularyIDs checks the guarantees Token.ID gives the lexicons:
// an interned word's tokens carry its id (also in another Urdu spelling),
// ids never change and never repeat, and words of any length work.
func TestVocabularyIDs(t *testing.T) {
	long := strings.Repeat("x", 40) + "ing"
	huge := strings.Repeat("y", maxCachedWord+10)
	words := []string{"vocabtestalpha", "no", "12th", "rs", "طلبہ", "كام", long, huge, "a"}
	ids := Intern(words...)
	seen := map[uint32]string{}
	for i, id := range ids {
		if id == 0 {
			t.Fatalf("Intern(%q) = 0", words[i])
		}
		if w, dup := seen[id]; dup {
			t.Fatalf("%q and %q share id %d", w, words[i], id)
		}
		seen[id] = words[i]
		if got := WordID(words[i]); got != id {
			t.Errorf("WordID(%q) = %d, want %d", words[i], got, id)
		}
	}
	if again := Intern(words...); fmt.Sprint(again) != fmt.Sprint(ids) {
		t.Errorf("second Intern = %v, want %v", again, ids)
	}
	d := New(strings.Join(words, " ") + " كام VocabTestAlpha")
	for i, tk := range d.Tokens[:len(words)] {
		if tk.ID != ids[i] {
			t.Errorf("token %q: ID %d, want %d", tk.Text, tk.ID, ids[i])
		}
		if want := stemUncached(tk.Text); tk.Stem != want {
			t.Errorf("token %q: Stem %q, want %q", tk.Text, tk.Stem, want)
		}
	}
	// "كام" with Arabic kaf is Key-equal to "کام" with Urdu keheh.
	if got, want := d.Tokens[len(words)].ID, WordID("کام"); got != want || got != ids[5] {
		t.Errorf("Arabic-kaf token ID %d, want %d (= %d)", got, want, ids[5])
	}
	if got := d.Tokens[len(words)+1].ID; got != ids[0] {
		t.Errorf("folded token ID %d, want %d", got, ids[0])
	}
	if id := WordID("neverinternedzzq"); id != 0 {
		t.Errorf("unknown word has id %d", id)
	}
	if tk := New("2719").Tokens[0]; tk.ID != 0 || tk.Stem != "2719" {
		t.Errorf("number token = %+v, want id 0", tk)
	}
}

// TestVocabularyConcurrent tokenises, interns and stems from several
// goroutines at once; every word must keep one id and the snowball stem.
func TestVocabularyConcurrent(t *testing.T) {
	var words []string
	for i := range 3000 {
		words = append(words, fmt.Sprintf("conc%sword%s", string(rune('a'+i%26)), strings.Repeat(string(rune('a'+i/26%26)), i%20)))
	}
	var mu sync.Mutex
	idOf := map[string]uint32{}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				if g == 0 && round == 1 {
					Intern(words[:500]...)
				}
				for i := range words {
					w := words[(i*7+g*97+round)%len(words)]
					st, id := vocab.stemID(w)
					if want := english.Stem(w, false); st != want {
						t.Errorf("stem(%q) = %q, want %q", w, st, want)
						return
					}
					mu.Lock()
					if old, ok := idOf[w]; ok && old != id {
						t.Errorf("%q: id %d, then %d", w, old, id)
					}
					idOf[w] = id
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	byID := map[uint32]string{}
	for w, id := range idOf {
		if other, dup := byID[id]; dup && id != 0 {
			t.Errorf("%q and %q share id %d", w, other, id)
		}
		byID[id] = w
	}
}

func BenchmarkStemID(b *testing.B) {
	words := []string{"requirements", "salary", "monthly", "applying", "registration", "fees", "customer", "in", "the", "2500"}
	for _, w := range words {
		vocab.stemID(w)
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			vocab.stemID(words[i%len(words)])
			i++
		}
	})
}

// TestTokenStemsEMSCAD compares every token's Stem with the uncached rule
// and its ID with a fresh lookup, over the EMSCAD dev adverts when present.
func TestTokenStemsEMSCAD(t *testing.T) {
	texts := emscadTexts(t)
	if testing.Short() {
		texts = texts[:50]
	}
	for _, s := range texts {
		d := New(s)
		for _, tk := range d.Tokens {
			want := tk.Text
			if ascii(tk.Text) {
				want = stemUncached(tk.Text)
			}
			if tk.Stem != want {
				t.Fatalf("token %q: Stem %q, want %q", tk.Text, tk.Stem, want)
			}
			// A word the cache took a moment ago may still wait in the side
			// map, where WordID does not look; an interned one never does.
			if id := WordID(tk.Text); id != tk.ID && id != 0 {
				t.Fatalf("token %q: ID %d, WordID %d", tk.Text, tk.ID, id)
			}
		}
		d.Release()
	}
}

func TestKeysAreTexts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"plain ascii words", true},
		{"urdu تعلیم ضروری نہیں", true},
		{"arabic yeh تعليم", false},
		{"long " + strings.Repeat("ب", 10) + "ي", false},
		{"long " + strings.Repeat("ب", 10) + "ی", true},
	} {
		if got := New(tc.text).KeysAreTexts(); got != tc.want {
			t.Errorf("%q: KeysAreTexts = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestFoldASCIIEightAtATime checks the word-at-a-time lower-casing against
// the byte rule for every ASCII byte at every position of a block.
func TestFoldASCIIEightAtATime(t *testing.T) {
	for c := 0; c < 128; c++ {
		for pos := 0; pos < 19; pos++ {
			b := []byte(strings.Repeat("Zz@[`{Aa", 3)[:19])
			b[pos] = byte(c)
			want := make([]byte, len(b))
			for i, x := range b {
				if 'A' <= x && x <= 'Z' {
					x += 'a' - 'A'
				}
				want[i] = x
			}
			if got := New(string(b)).Folded; got != string(want) {
				t.Fatalf("fold(%q) = %q, want %q", b, got, want)
			}
		}
	}
}

// TestInternAfterTokenising is the late-lexicon case (the gazetteer
// compiles at the first screener.New): a word listings already used (so
// the stem cache gave it an id) is interned later and keeps that id, and a
// short word nobody had interned gets one that later Docs carry.
func TestInternAfterTokenising(t *testing.T) {
	before := New("the zzlatecompiledword and qz").Tokens
	ids := Intern("zzlatecompiledword", "qz")
	if before[1].ID == 0 || ids[0] != before[1].ID {
		t.Errorf("cached word: token id %d, Intern %d", before[1].ID, ids[0])
	}
	if before[3].ID != 0 {
		t.Errorf("short word had id %d before Intern", before[3].ID)
	}
	after := New("qz zzlatecompiledword").Tokens
	if after[0].ID != ids[1] || after[1].ID != ids[0] {
		t.Errorf("after Intern: ids %d %d, want %v", after[0].ID, after[1].ID, ids)
	}
}

// noLockWhenFull holds v's lock while it looks up a word the full cache
// never took and one it did: a stream of made-up words must not queue on
// the lock, so both must answer, the first with its stem and no id.
func noLockWhenFull(t *testing.T, v *vocabulary, novel, cached string) {
	t.Helper()
	v.mu.Lock()
	defer v.mu.Unlock()
	type answer struct {
		stem string
		id   uint32
	}
	got := make(chan answer, 2)
	go func() {
		for _, w := range []string{novel, cached} {
			st, id := v.stemID(w)
			got <- answer{st, id}
		}
	}()
	for i, w := range []string{novel, cached} {
		select {
		case a := <-got:
			if want := english.Stem(w, false); a.stem != want || (i == 0) != (a.id == 0) {
				t.Errorf("full cache, %q: stem %q id %d; want stem %q and an id only for a cached word", w, a.stem, a.id, want)
			}
		case <-time.After(time.Minute): // a hang detector, not a timing check
			t.Fatalf("full cache: %q waited for the vocabulary's lock", w)
		}
	}
}

// TestVocabularyFull fills a fresh vocabulary's cache the way a hostile
// stream of made-up words would: it must stop at stemCacheMax entries,
// still stem every word, still take interned words (visible at once), and
// keep every id it gave.
func TestVocabularyFull(t *testing.T) {
	if testing.Short() {
		t.Skip("fills the cache")
	}
	v := newVocabulary()
	word := func(i int) string {
		b := []byte("hostile")
		for ; i > 0; i /= 26 {
			b = append(b, byte('a'+i%26))
		}
		return string(b)
	}
	first := map[string]uint32{}
	for i := 0; i < stemCacheMax+1000; i++ {
		w := word(i)
		st, id := v.stemID(w)
		if i%997 == 0 {
			if want := english.Stem(w, false); st != want {
				t.Fatalf("stem(%q) = %q, want %q", w, st, want)
			}
			first[w] = id
		}
		if (i < stemCacheMax) != (id != 0) {
			t.Fatalf("word %d %q: id %d with the cache at %d of %d", i, w, id, v.cached, stemCacheMax)
		}
	}
	if v.cached != stemCacheMax {
		t.Errorf("cache holds %d entries, want %d", v.cached, stemCacheMax)
	}
	noLockWhenFull(t, v, word(stemCacheMax+7), word(997))
	ids := v.intern([]string{"zzinternedwhenfull", word(stemCacheMax + 5)})
	for i, w := range []string{"zzinternedwhenfull", word(stemCacheMax + 5)} {
		if _, id := v.stemID(w); id == 0 || id != ids[i] {
			t.Errorf("interned %q into a full cache: token id %d, Intern %d", w, id, ids[i])
		}
	}
	for w, id := range first {
		if _, again := v.stemID(w); again != id {
			t.Errorf("%q: id %d, then %d", w, id, again)
		}
	}
	arena := 0
	for _, c := range v.chunks {
		arena += len(c)
	}
	if limit := stemCacheMax * 2 * 32; arena > limit {
		t.Errorf("arena of %d bytes for %d short words", arena, stemCacheMax)
	}
}
