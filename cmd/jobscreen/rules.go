package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/rules"
)

func (a *app) rulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List, explain, test and lint the screening rules",
		Long: `Every warning sign jobscreen reports comes from a rule: data in a YAML rule
pack that says what to look for, how many points it adds, why it matters and
what to do. The built-in packs are always loaded unless --no-default-packs is
given; --rule-pack (config: rule_packs) adds packs of your own.`,
		Example: `  jobscreen rules list
  jobscreen rules explain pay-well-above-entry
  jobscreen rules facts
  jobscreen rules test my-rules.yaml
  jobscreen rules lint my-rules.yaml`,
	}
	cmd.AddCommand(a.rulesListCmd(), a.rulesExplainCmd(), a.rulesTestCmd(), a.rulesLintCmd(), a.rulesFactsCmd())
	return cmd
}

func (a *app) rulesListCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the rules in force with their group, severity and points",
		Long: `list prints every rule in force: the built-in packs and any extra packs, with
points as configured (points overrides and points_file applied). Internal rules
feed combination rules and are never reported on their own.`,
		Example: `  jobscreen rules list
  jobscreen rules list --format json | jq '.[] | select(.points >= 20)'`,
		Args: cobra.NoArgs,
		RunE: a.runRulesList,
	}
	cmd.Flags().String("format", "text", "output format: text, json")
	return cmd
}

// ruleRow is one line of `rules list`; its JSON names are a contract.
type ruleRow struct {
	ID       string `json:"id"`
	Pack     string `json:"pack"`
	Group    string `json:"group"`
	Severity string `json:"severity"`
	Points   int    `json:"points"`
	Title    string `json:"title"`
	Internal bool   `json:"internal,omitempty"`
	Disabled bool   `json:"disabled,omitempty"`
}

func (a *app) runRulesList(cmd *cobra.Command, _ []string) error {
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return err
	}
	var rows []ruleRow
	for _, r := range s.Rules() {
		rows = append(rows, ruleRow{ID: r.ID, Pack: s.PackOf(r.ID), Group: r.Group, Severity: r.Severity,
			Points: r.Points, Title: r.Title, Internal: r.Internal, Disabled: slices.Contains(l.Config.DisabledRules, r.ID)})
	}
	if l.Config.Format == "json" {
		if rows == nil {
			rows = []ruleRow{}
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tGROUP\tSEVERITY\tPOINTS\tTITLE")
	for _, r := range rows {
		title := r.Title
		if r.Internal {
			title += " (internal)"
		}
		if r.Disabled {
			title += " (disabled)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%+d\t%s\n", r.ID, r.Group, r.Severity, r.Points, title)
	}
	return tw.Flush()
}

// findRule returns the rule with id, or a usage error suggesting the
// closest ids, since ids are long and easy to misremember.
func findRule(rs []rules.Rule, id string) (rules.Rule, error) {
	for _, r := range rs {
		if r.ID == id {
			return r, nil
		}
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	msg := fmt.Sprintf("unknown rule %q", id)
	if near := closest(id, ids, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	} else {
		msg += " (see 'jobscreen rules list')"
	}
	return rules.Rule{}, usageError(fmt.Errorf("%s", msg))
}

// closest returns up to n ids near want: containing it, or within an edit
// distance of a third of its length.
func closest(want string, ids []string, n int) []string {
	type cand struct {
		id   string
		dist int
	}
	var cs []cand
	for _, id := range ids {
		d := editDistance(want, id)
		if strings.Contains(id, want) || strings.Contains(want, id) {
			d = min(d, 1)
		}
		if d <= max(2, len(want)/3) {
			cs = append(cs, cand{id, d})
		}
	}
	slices.SortFunc(cs, func(x, y cand) int {
		if x.dist != y.dist {
			return x.dist - y.dist
		}
		return strings.Compare(x.id, y.id)
	})
	var out []string
	for _, c := range cs[:min(n, len(cs))] {
		out = append(out, c.id)
	}
	return out
}

// editDistance is the Levenshtein distance, in bytes: rule ids are ASCII.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
