package config

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// RegistryColumns are the CSV headers accepted for the company name, in
// order of preference.
var RegistryColumns = []string{"name", "company", "company_name"}

// Options turns the configuration into screener.Options, loading the extra
// rule packs and the registry it names. extra are more pack files or
// directories to load on top (rules test and lint pass their arguments).
func (l *Loaded) Options(extra ...string) (screener.Options, error) {
	c := l.Config
	o := screener.Options{
		Thresholds: c.Thresholds, Scoring: c.Scoring, Disabled: c.DisabledRules,
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

// ReadRegistry reads the company names of a registry CSV: the column named
// name, company or company_name (case-insensitive), blanks skipped.
func ReadRegistry(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("registry %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1 // registries are exported by hand; tolerate ragged rows
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("registry %s: reading the header row: %v", path, err)
	}
	col := registryColumn(header)
	if col < 0 {
		return nil, fmt.Errorf("registry %s: no company-name column in the header %q (allowed: %s)",
			path, strings.Join(header, ","), strings.Join(RegistryColumns, ", "))
	}
	var names []string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return names, nil
		}
		if err != nil {
			return nil, fmt.Errorf("registry %s: %v", path, err)
		}
		if col < len(rec) && strings.TrimSpace(rec[col]) != "" {
			names = append(names, strings.TrimSpace(rec[col]))
		}
	}
}

func registryColumn(header []string) int {
	for _, want := range RegistryColumns {
		for i, h := range header {
			h = strings.TrimPrefix(h, "\ufeff") // spreadsheet exports start with a BOM
			if strings.EqualFold(strings.TrimSpace(h), want) {
				return i
			}
		}
	}
	return -1
}
