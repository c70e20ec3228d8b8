package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/rules"
)

func (a *app) rulesFactsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "facts",
		Short: "List the extracted facts a rule can test, with their parameters",
		Long: `facts prints the vocabulary of a rule's facts: list: each fact the extractors
establish about an advert (pay far above the minimum wage, no degree asked, a
scam-hub destination, no named employer, a fee asked …), what it means, and
the parameters it takes with their allowed values.`,
		Example: `  jobscreen rules facts
  jobscreen rules facts | grep pay.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, name := range rules.FactNames() {
				f, _ := rules.LookupFact(name)
				fmt.Fprintf(a.stdout, "%s\n    %s\n", f.Name, f.Doc)
				for _, p := range sortedParams(f) {
					fmt.Fprintf(a.stdout, "    %s: %s\n", p, describeParam(f.Params[p]))
				}
			}
			return nil
		},
	}
}

func sortedParams(f rules.Fact) []string {
	names := make([]string, 0, len(f.Params))
	for k := range f.Params {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

func describeParam(p rules.Param) string {
	var allowed string
	switch p.Kind {
	case rules.Number:
		allowed = fmt.Sprintf("a number from %g to %g", p.Min, p.Max)
	case rules.Bool:
		allowed = "true or false"
	case rules.Level:
		allowed = "one of " + strings.Join(rules.Levels, ", ")
	case rules.Enum:
		allowed = "one or a list of " + strings.Join(p.Values, ", ")
	}
	if p.Doc == "" {
		return allowed
	}
	return allowed + " — " + p.Doc
}
