package config

import (
	"fmt"
	"math"
	"os"
	"slices"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// Options turns the configuration into screener.Options, loading the extra
// rule packs and the registry it names. extra are more pack files or
// directories to load on top (rules test and lint pass their arguments).
func (l *Loaded) Options(extra ...string) (screener.Options, error) {
	c := l.Config
	o := screener.Options{
		Thresholds: c.Thresholds, Scoring: libraryScoring(c.Scoring), Disabled: c.DisabledRules,
		Points: c.Points, Countries: c.Countries, MaxTextBytes: c.MaxTextBytes,
	}
	if c.NoDefaultPacks {
		o.Packs = []rules.Pack{} // non-nil: replace the defaults with nothing
	}
	paths := l.PackPaths(extra...)
	if len(paths) > 0 {
		packs, err := rules.LoadPaths(paths)
		if err != nil {
			return o, err
		}
		o.ExtraPacks = packs
	}
	if path := l.Path("registry", c.Registry); path != "" {
		names, err := ReadRegistry(path)
		if err != nil {
			return o, fmt.Errorf("%w (registry from %s)", err, l.Source("registry"))
		}
		o.RegisteredCompanies = names
	}
	return o, nil
}

// libraryScoring passes the curve on to the screener, which reads an Offset
// of exactly 0 as "the default, 30". A config or points file that says 0
// means 0, so it is passed as the smallest positive float instead: no
// score can tell the two apart, and the screener no longer swaps in 30.
func libraryScoring(sc screener.Scoring) screener.Scoring {
	if sc.Offset == 0 {
		sc.Offset = math.SmallestNonzeroFloat64
	}
	return sc
}

// PackPaths returns the rule_packs in force plus extra, resolved, without
// duplicates (loading one file twice would be a duplicate-id error).
func (l *Loaded) PackPaths(extra ...string) []string {
	var paths []string
	for _, p := range l.Config.RulePacks {
		paths = append(paths, l.Path("rule_packs", p))
	}
	paths = append(paths, extra...)
	var out []string
	for _, p := range paths {
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// ReadRegistry reads the company names of a registry CSV through the
// library's reader, so the CLI and a Go caller accept the same files and
// report malformed rows with the same file:line messages.
func ReadRegistry(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("registry %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	return screener.ReadRegistry(f, path)
}
