package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// Lint thresholds: below these a rule is valid but poorly explained or
// poorly tested.
const (
	minExamples = 3
	minWhyLen   = 60
)

func (a *app) rulesLintCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "lint [FILE...]",
		Short: "Strictly load and validate rule packs, and warn about weak rules",
		Long: `lint loads the given pack files or directories (or, with none, the built-in
packs) strictly: unknown keys, bad values, bad regexes, duplicate ids and
combination rules naming unknown rules are errors, each naming the file, line,
rule and field. Packs are checked as they would be used, on top of the
built-in packs; a given pack with the same name as a built-in one replaces it.

It also warns about rules with fewer than 3 match or 3 no_match examples (for
rules that need structured fields, 3 match_fields and 3 no_match_fields), no
refs, or a why shorter than 60 characters. Exit 2 on errors, 0 otherwise.`,
		Example: `  jobscreen rules lint
  jobscreen rules lint my-rules.yaml
  jobscreen rules lint rules/packs/`,
		RunE: a.runRulesLint,
	}
}

func (a *app) runRulesLint(cmd *cobra.Command, args []string) error {
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	defaults, err := rules.Default()
	if err != nil {
		return usageError(err)
	}
	packs := defaults
	if len(args) > 0 {
		if packs, err = rules.LoadPaths(args); err != nil {
			return usageError(err)
		}
	}
	base := []rules.Pack{}
	if len(args) > 0 && !l.Config.NoDefaultPacks {
		base = replaced(defaults, packs)
	}
	// Compiling catches what only the matcher knows (phrase and fact
	// compilation), so lint passes exactly when check would load the packs.
	if _, err := screener.New(screener.Options{Packs: base, ExtraPacks: packs}); err != nil {
		return usageError(err)
	}
	byID := map[string]*rules.Rule{}
	for _, set := range [][]rules.Pack{base, packs} {
		for pi := range set {
			for ri := range set[pi].Rules {
				byID[set[pi].Rules[ri].ID] = &set[pi].Rules[ri]
			}
		}
	}
	var warnings []string
	nRules := 0
	for _, p := range packs {
		for _, r := range p.Rules {
			nRules++
			warnings = append(warnings, lintRule(r, rules.FieldOnly(&r, byID))...)
		}
	}
	for _, w := range warnings {
		fmt.Fprintln(a.stdout, w)
	}
	fmt.Fprintf(a.stdout, "%d packs, %d rules: 0 errors, %d warnings\n", len(packs), nRules, len(warnings))
	return nil
}

// replaced drops the default packs that a linted pack of the same name
// replaces, so an edited copy of a built-in pack lints without duplicates.
func replaced(defaults, packs []rules.Pack) []rules.Pack {
	out := []rules.Pack{}
	for _, d := range defaults {
		if !slices.ContainsFunc(packs, func(p rules.Pack) bool { return p.Name == d.Name }) {
			out = append(out, d)
		}
	}
	return out
}

// lintRule returns the warnings for a valid rule that explains or tests
// itself too thinly. A rule that needs structured fields is counted by its
// field examples, since no text can show it.
func lintRule(r rules.Rule, fieldOnly bool) []string {
	var out []string
	warn := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("%s:%d: rule %s: warning: ", r.File, r.Line, r.ID)+fmt.Sprintf(format, args...))
	}
	switch {
	case r.Internal:
	case fieldOnly:
		if n := len(r.Examples.MatchFields); n < minExamples {
			warn("%d match_fields examples (want at least %d)", n, minExamples)
		}
		if n := len(r.Examples.NoMatchFields); n < minExamples {
			warn("%d no_match_fields examples (want at least %d)", n, minExamples)
		}
	default:
		if n := len(r.Examples.Match); n < minExamples {
			warn("%d match examples (want at least %d)", n, minExamples)
		}
		if n := len(r.Examples.NoMatch); n < minExamples {
			warn("%d no_match examples (want at least %d)", n, minExamples)
		}
	}
	if !r.Internal && len(r.Refs) == 0 {
		warn("no refs: say where the knowledge comes from")
	}
	if n := len(strings.TrimSpace(r.Why)); n < minWhyLen {
		warn("why is %d characters (want at least %d): explain it so a student understands", n, minWhyLen)
	}
	return out
}
