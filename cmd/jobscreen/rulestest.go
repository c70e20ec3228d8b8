package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

func (a *app) rulesTestCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "test [PACK|FILE...]",
		Short: "Run the rules' match and no_match examples",
		Long: `test screens every example text of every rule and reports each one that does
not behave as its rule says: a match example the rule did not fire on, or a
no_match example it fired on. Each example is screened with all rules in
force: match and no_match texts as plain-text adverts, match_fields and
no_match_fields (for rules that need structured fields such as
has_company_logo) as listings given field by field.

With no argument every rule in force is tested. An argument that is a file or
directory is loaded as an extra pack on top of the built-in packs and tested;
any other argument names a pack in force (such as core). Exit 1 on failures.`,
		Example: `  jobscreen rules test
  jobscreen rules test core
  jobscreen rules test my-rules.yaml`,
		RunE: a.runRulesTest,
	}
}

func (a *app) runRulesTest(cmd *cobra.Command, args []string) error {
	files, names, err := splitPackArgs(args)
	if err != nil {
		return err
	}
	only, err := packNames(files)
	if err != nil {
		return err
	}
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	s, err := a.newScreener(l, files...)
	if err != nil {
		return err
	}
	if err := checkPackNames(s, names); err != nil {
		return err
	}
	only = append(only, names...)
	fails, st, err := s.CheckExamples(cmd.Context(), only)
	if err != nil {
		return inputError(err)
	}
	for _, f := range fails {
		verb := "did not fire on"
		if f.Want == "no_match" {
			verb = "fired on"
		}
		fmt.Fprintf(a.stdout, "%s:%d: rule %s: want %s, but it %s: “%s”\n",
			f.File, f.Line, f.RuleID, f.Want, verb, strings.Join(strings.Fields(f.Text), " "))
	}
	fmt.Fprintf(a.stdout, "%d rules, %d examples: %d failed\n", st.Rules, st.Match+st.NoMatch, len(fails))
	if len(fails) > 0 {
		a.report(exitFail)
	}
	return nil
}

// splitPackArgs tells files from pack names: anything on disk is a file,
// and anything that looks like a path but is missing is an error rather
// than a pack name nobody has.
func splitPackArgs(args []string) (files, names []string, err error) {
	for _, arg := range args {
		if _, statErr := os.Stat(arg); statErr == nil {
			files = append(files, arg)
			continue
		}
		if strings.ContainsAny(arg, `/\`) || strings.HasSuffix(arg, ".yaml") || strings.HasSuffix(arg, ".yml") {
			return nil, nil, usageError(fmt.Errorf("rule pack %s: no such file or directory", arg))
		}
		names = append(names, arg)
	}
	return files, names, nil
}

// packNames reads the pack names of files, which CheckExamples selects by.
func packNames(files []string) ([]string, error) {
	if len(files) == 0 {
		return nil, nil
	}
	packs, err := rules.LoadPaths(files)
	if err != nil {
		return nil, usageError(err)
	}
	var names []string
	for _, p := range packs {
		names = append(names, p.Name)
	}
	return names, nil
}

func checkPackNames(s *screener.Screener, names []string) error {
	var known []string
	for _, r := range s.Rules() {
		if p := s.PackOf(r.ID); !slices.Contains(known, p) {
			known = append(known, p)
		}
	}
	for _, n := range names {
		if !slices.Contains(known, n) {
			slices.Sort(known)
			return usageError(fmt.Errorf("no rule pack or file %q (packs in force: %s)", n, strings.Join(known, ", ")))
		}
	}
	return nil
}
