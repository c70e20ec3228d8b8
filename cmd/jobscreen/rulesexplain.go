package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/rules"
)

func (a *app) rulesExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain ID",
		Short: "Explain one rule: why it matters, what to do, what it matches",
		Long: `explain prints everything a rule carries: its title, group, severity and
current points (after any configured override), why it is a warning sign,
what to do, its sources, a summary of what it matches and what cancels a
match, and its example texts. An unknown id exits 2 and suggests close ids.`,
		Example: `  jobscreen rules explain no-degree-needed
  jobscreen rules explain --rule-pack mine.yaml my-rule`,
		Args: cobra.ExactArgs(1),
		RunE: a.runRulesExplain,
	}
}

func (a *app) runRulesExplain(cmd *cobra.Command, args []string) error {
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return err
	}
	r, err := findRule(s.Rules(), args[0])
	if err != nil {
		return err
	}
	w := a.stdout
	fmt.Fprintf(w, "%s — %s\n\n", r.ID, r.Title)
	fmt.Fprintf(w, "Pack:      %s (%s:%d)\n", s.PackOf(r.ID), r.File, r.Line)
	fmt.Fprintf(w, "Group:     %s\nSeverity:  %s\n", r.Group, r.Severity)
	points := fmt.Sprintf("%+d", r.Points)
	if _, ok := l.Config.Points[r.ID]; ok {
		points += " (set by " + l.Source("points."+r.ID) + ")"
	}
	if slices.Contains(l.Config.DisabledRules, r.ID) {
		points += " — disabled by configuration"
	}
	fmt.Fprintf(w, "Points:    %s\n", points)
	if r.Internal {
		fmt.Fprintln(w, "Internal:  yes — feeds combination rules, never reported alone")
	}
	section(w, "Why", r.Why)
	section(w, "What to do", r.Advice)
	list(w, "Sources", r.Refs)
	list(w, "Matches", matcherSummary(r))
	list(w, "Fires on", append(quoteAll(r.Examples.Match), fieldExamples(r.Examples.MatchFields)...))
	list(w, "Does not fire on", append(quoteAll(r.Examples.NoMatch), fieldExamples(r.Examples.NoMatchFields)...))
	return nil
}

// fieldExamples shows listings given field by field as "field: value; …",
// fields in name order.
func fieldExamples(list []map[string]string) []string {
	out := make([]string, 0, len(list))
	for _, ex := range list {
		var parts []string
		for _, name := range slices.Sorted(maps.Keys(ex)) {
			parts = append(parts, fmt.Sprintf("%s: %q", name, strings.Join(strings.Fields(ex[name]), " ")))
		}
		out = append(out, "listing {"+strings.Join(parts, "; ")+"}")
	}
	return out
}

func section(w io.Writer, title, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	fmt.Fprintf(w, "\n%s:\n", title)
	fill(w, "  ", strings.Fields(text), 78)
}

func list(w io.Writer, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s:\n", title)
	for _, it := range items {
		fill(w, "  - ", strings.Fields(it), 78)
	}
}

// fill writes words wrapped at width, continuation lines indented under
// the first word.
func fill(w io.Writer, prefix string, words []string, width int) {
	indent := strings.Repeat(" ", len(prefix))
	line := prefix
	for i, word := range words {
		if i > 0 && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			fmt.Fprintln(w, line)
			line = indent + word
			continue
		}
		if i > 0 {
			line += " "
		}
		line += word
	}
	fmt.Fprintln(w, line)
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "“" + strings.Join(strings.Fields(s), " ") + "”"
	}
	return out
}

// matcherSummary describes a rule's matchers in a line each, so a reader
// can see why it fired without reading the YAML.
func matcherSummary(r rules.Rule) []string {
	var out []string
	add := func(label string, items []string) {
		if len(items) > 0 {
			out = append(out, label+": "+strings.Join(items, "; "))
		}
	}
	add("phrases (on word stems)", firstN(quoteAll(r.Phrases), maxShown))
	if len(r.Regex) > 0 {
		out = append(out, fmt.Sprintf("%d regular expression(s), tried after one of: %s", len(r.Regex), strings.Join(r.Keywords, ", ")))
	}
	var facts []string
	for _, f := range r.Facts {
		facts = append(facts, factString(f))
	}
	add("extracted facts", facts)
	var fields []string
	for _, f := range r.Fields {
		if f.Empty {
			fields = append(fields, f.Field+" is blank")
		} else {
			fields = append(fields, f.Field+" is one of "+strings.Join(f.In, ", "))
		}
	}
	add("listing fields", fields)
	add("only inside fields", r.Scope)
	add("all of the rules", r.All)
	if len(r.Any) > 0 {
		add(fmt.Sprintf("at least %d of the rules", max(r.Min, 1)), r.Any)
	}
	return append(out, unlessSummary(r)...)
}

// maxShown bounds the phrases listed: some rules carry dozens of spellings
// and languages, and the first few show the idea.
const maxShown = 12

func firstN(ss []string, n int) []string {
	if len(ss) <= n {
		return ss
	}
	return append(ss[:n:n], fmt.Sprintf("… and %d more", len(ss)-n))
}

func factString(f rules.FactTest) string {
	s := f.Name
	if fact, ok := rules.LookupFact(f.Name); ok {
		s += " (" + fact.Doc + ")"
	}
	var params []string
	for _, k := range slices.Sorted(maps.Keys(f.Params)) {
		params = append(params, fmt.Sprintf("%s=%v", k, f.Params[k]))
	}
	if len(params) > 0 {
		s += " with " + strings.Join(params, ", ")
	}
	return s
}

func unlessSummary(r rules.Rule) []string {
	if r.IsCombination() {
		return nil
	}
	// Unless phrases cancel phrase, regex and fact hits alike; negation is
	// the engine's only for phrases and regexes (extractors judge their own).
	text := len(r.Phrases)+len(r.Regex) > 0
	var out []string
	if len(r.Unless.Phrases) > 0 && (text || len(r.Facts) > 0) {
		scope := r.Unless.Scope
		if scope == "" {
			scope = "sentence"
		}
		out = append(out, fmt.Sprintf("cancelled by, in the same %s: %s", scope, strings.Join(quoteAll(r.Unless.Phrases), "; ")))
	}
	if text && r.Unless.NegationOn() {
		out = append(out, "cancelled when negated (\"no\", \"never\", \"nahi\" …) or in a sentence warning about scams")
	}
	return out
}
