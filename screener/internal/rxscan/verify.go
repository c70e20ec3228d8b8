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
//
// Each text is scanned as it is and prepared (see Prepare), whole and in
// slices, as the extractors scan an advert's sentences.
func Verify(res []*Regexp, texts []string) error {
	for _, s := range texts {
		if err := verify(res, s); err != nil {
			return err
		}
		p := Prepare(s)
		err := verify(res, s)
		for i := 0; err == nil && i+1 < len(s); i += 1 + len(s)/7 {
			err = verify(res, s[i:min(len(s), i+len(s)/3+1)])
		}
		p.Release()
		if err != nil {
			return fmt.Errorf("prepared: %w", err)
		}
	}
	return nil
}

func verify(res []*Regexp, s string) error {
	for _, re := range res {
		got, want := re.FindAllStringSubmatchIndex(s, -1), re.Std().FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			return fmt.Errorf("%.40s on %q:\n got %v\nwant %v", re, s, got, want)
		}
	}
	return nil
}
