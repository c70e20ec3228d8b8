package rxscan

import (
	"fmt"
	"maps"
	"regexp/syntax"
	"sort"
)

// CompiledPatterns lists the patterns in the compile cache: after the
// default packs and extractors are loaded, every pattern the tool uses.
func CompiledPatterns() []string {
	var out []string
	compiledCache.Range(func(k, _ any) bool {
		out = append(out, k.(string))
		return true
	})
	sort.Strings(out)
	return out
}

// SameAsReference checks that the remembering enumeration gives exactly
// the sets (and failures) of prefixesRef, and the filters the old
// newFilterUpTo chose, for every expression compile asks about: the
// pattern, each alternative, each gate tail and the plain alternation, at
// every k and bound.
func SameAsReference(expr string) error {
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return err
	}
	parsed = parsed.Simplify()
	nodes := []*syntax.Regexp{parsed}
	subs := split(parsed)
	for _, sub := range subs {
		nodes = append(nodes, sub)
		seq := flatten(sub)
		for i := 1; i < len(seq); i++ {
			nodes = append(nodes, &syntax.Regexp{Op: syntax.OpConcat, Flags: sub.Flags, Sub: seq[i:]})
		}
	}
	nodes = append(nodes, &syntax.Regexp{Op: syntax.OpAlternate, Sub: subs})
	e := newEnum() // shared, as in compile, so remembered sets are reused
	for _, most := range []int{maxSet, 256} {
		for _, n := range nodes {
			f := e.filter(n, most)
			refK, refSet := 0, map[string]bool(nil)
			for k := 4; k >= 2; k-- {
				if set, ok := prefixesRef(n, k, most); ok && !set[""] {
					refK, refSet = k, set
					break
				}
			}
			switch {
			case f == nil && refK != 0:
				return fmt.Errorf("%s in %q (bound %d): no filter, reference has k=%d", n, expr, most, refK)
			case f != nil && f.k != refK:
				return fmt.Errorf("%s in %q (bound %d): filter k=%d, reference k=%d", n, expr, most, f.k, refK)
			case f != nil:
				got := maps.Clone(f.long)
				for _, w := range f.short {
					got[w] = true
				}
				for c, ok := range f.single {
					if ok {
						got[string([]byte{byte(c)})] = true
					}
				}
				if !maps.Equal(got, refSet) {
					return fmt.Errorf("%s in %q (bound %d): filter set differs from reference", n, expr, most)
				}
			}
			for k := 4; k >= 1; k-- {
				set, ok := e.prefixes(n, k, most)
				ref, refOK := prefixesRef(n, k, most)
				if ok != refOK {
					return fmt.Errorf("%s in %q (k=%d, bound %d): ok %v, reference %v", n, expr, k, most, ok, refOK)
				}
				if ok && (!maps.Equal(wordStrings(set), ref) || len(set) != len(ref)) {
					return fmt.Errorf("%s in %q (k=%d, bound %d): %d prefixes, reference %d", n, expr, k, most, len(set), len(ref))
				}
			}
		}
	}
	return nil
}

// CompileUncached compiles expr without the cache, as a process's first
// MustCompile of it does.
func CompileUncached(expr string) { compile(expr) }

func wordStrings(ws []word) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[wordString(w)] = true
	}
	return out
}
