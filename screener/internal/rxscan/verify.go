package rxscan

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// Splices returns n texts made of random pieces of base, seeded so a
// failure repeats. They mix real keywords with cut-off words and odd
// boundaries, which is where a prefilter could miss a match.
func Splices(base string, n int, seed uint64) []string {
	if base == "" {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range 6 {
			i := rng.IntN(len(base))
			b.WriteString(base[i:min(len(base), i+rng.IntN(40))])
		}
		out = append(out, b.String())
	}
	return out
}

// Verify reports the first text on which a prefiltered pattern finds
// something other than the plain regexp would; nil when they agree on all.
// Extractors call it from their tests to prove the prefilter changes
// nothing.
func Verify(res []*Regexp, texts []string) error {
	for _, re := range res {
		for _, s := range texts {
			got, want := re.FindAllStringSubmatchIndex(s, -1), re.Std().FindAllStringSubmatchIndex(s, -1)
			if !slices.EqualFunc(got, want, slices.Equal) {
				return fmt.Errorf("%.40s on %q:\n got %v\nwant %v", re, s, got, want)
			}
		}
	}
	return nil
}
