package rxscan

import (
	"math/rand/v2"
	"testing"
)

// TestNextSameAsCandidate checks the fast scan against the plain test at
// every position of random texts.
func TestNextSameAsCandidate(t *testing.T) {
	pieces := []string{"fee", "fees", " ", "\n", "charges", "a", "b", "c", "company", ":", "employer", "فیس", "é",
		"\xff", "dd", "no ", "challan", "12", "st", "ave", ".", "l.l.c.", "https://", "www.", "acme.com", "@", "_",
		"$5", "#url_ab#", "#phone_", "lorem ipsum dolor sit amet, consectetur adipiscing elit "}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, p := range append(append([]string{}, patterns...), gated...) {
		r := MustCompile(p)
		var fs []*filter
		if r.any != nil {
			fs = append(fs, r.any)
		}
		for _, a := range r.alts {
			if a.f != nil {
				fs = append(fs, a.f)
			}
			if a.g != nil {
				fs = append(fs, a.g.tail)
			}
		}
		for i := range 500 {
			b := []byte{}
			n := rng.IntN(10)
			if i%50 == 0 {
				n = 100 + rng.IntN(100) // past a chunk of nextRare
			}
			for range n {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			}
			s := string(b)
			for _, f := range fs {
				for q := 0; q <= len(s); q++ {
					want := q
					for want < len(s) && !f.candidate(s, want) {
						want++
					}
					if got := f.next(s, q); got != want {
						t.Fatalf("%s on %q from %d: next %d, want %d", p, s, q, got, want)
					}
				}
			}
		}
	}
}

func TestRareFirstBytes(t *testing.T) {
	for _, p := range []string{`#(phone|url)_[0-9a-f]{1,8}#`, `\$\s?\d+`, `\.(?:com|pk)\b`} {
		if f := MustCompile(p).any; f == nil || f.rare == nil {
			t.Errorf("%s: no rare first bytes", p)
		}
	}
	if f := MustCompile(`\b(?:fees?|charges)\b`).any; f.rare != nil {
		t.Errorf("common first bytes taken for rare: %q", f.rare)
	}
}
