package rxscan

import (
	"math/rand/v2"
	"testing"
)

// TestNextSameAsCandidate checks the fast scan against the plain test at
// every position of random texts.
func TestNextSameAsCandidate(t *testing.T) {
	pieces := []string{"fee", "fees", " ", "\n", "charges", "a", "b", "c", "company", ":", "employer", "فیس", "é",
		"\xff", "dd", "no ", "challan", "12", "st", "ave", ".", "l.l.c.", "https://", "www.", "acme.com", "@", "_"}
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
		for range 500 {
			b := []byte{}
			for range rng.IntN(10) {
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
