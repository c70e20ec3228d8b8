package screener

import (
	"context"
	"slices"
)

// ExampleFailure is a rule example that did not behave as the rule says.
type ExampleFailure struct {
	RuleID string `json:"rule_id"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Text   string `json:"text"`
	// Want is "match" or "no_match".
	Want string `json:"want"`
}

// ExampleStats counts the examples checked.
type ExampleStats struct {
	Rules, Match, NoMatch int
}

// CheckExamples screens every example of every rule in force (or of the
// packs named in onlyPacks, matched by pack name or file) and returns the
// examples that failed. Each example is screened as a plain-text advert.
func (s *Screener) CheckExamples(ctx context.Context, onlyPacks []string) ([]ExampleFailure, ExampleStats, error) {
	var fails []ExampleFailure
	var st ExampleStats
	for i := range s.rules {
		r := &s.rules[i]
		if len(onlyPacks) > 0 && !slices.Contains(onlyPacks, s.packOf[r.ID]) && !slices.Contains(onlyPacks, r.File) {
			continue
		}
		if len(r.Examples.Match)+len(r.Examples.NoMatch) == 0 {
			continue
		}
		st.Rules++
		for want, texts := range map[string][]string{"match": r.Examples.Match, "no_match": r.Examples.NoMatch} {
			for _, text := range texts {
				rep, err := s.Screen(ctx, Listing{ID: r.ID, Body: text})
				if err != nil {
					return nil, st, err
				}
				if fired(rep, r.ID) != (want == "match") {
					fails = append(fails, ExampleFailure{RuleID: r.ID, File: r.File, Line: r.Line, Text: text, Want: want})
				}
				if want == "match" {
					st.Match++
				} else {
					st.NoMatch++
				}
			}
		}
	}
	slices.SortFunc(fails, func(a, b ExampleFailure) int {
		if a.File != b.File {
			return compare(a.File, b.File)
		}
		return a.Line - b.Line
	})
	return fails, st, nil
}

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func fired(rep Report, id string) bool {
	for _, f := range rep.Findings {
		if f.RuleID == id {
			return true
		}
	}
	return false
}
