package rules

import (
	"strings"
	"testing"
)

// The default packs hold every reported rule to the house standard: sources
// cited, and enough examples on both sides that a change which breaks a
// rule's behaviour shows up in the example tests.
func TestDefaultPacksMeetTheRuleStandard(t *testing.T) {
	packs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for pi := range packs {
		for ri := range packs[pi].Rules {
			byID[packs[pi].Rules[ri].ID] = &packs[pi].Rules[ri]
		}
	}
	for _, p := range packs {
		for _, r := range p.Rules {
			if r.Internal {
				continue
			}
			t.Run(r.ID, func(t *testing.T) {
				if len(r.Refs) == 0 {
					t.Errorf("%s:%d: no refs: cite the seed article or authority the rule rests on", r.File, r.Line)
				}
				const min = 3
				// Rules that need structured fields cannot be shown with a text
				// example; they are shown with listings given field by field.
				ex := r.Examples
				if FieldOnly(&r, byID) {
					if len(ex.MatchFields) < min || len(ex.NoMatchFields) < min {
						t.Errorf("%s:%d: %d match_fields and %d no_match_fields examples, want at least %d of each",
							r.File, r.Line, len(ex.MatchFields), len(ex.NoMatchFields), min)
					}
				} else if len(r.Examples.Match) < min || len(r.Examples.NoMatch) < min {
					t.Errorf("%s:%d: %d match and %d no_match examples, want at least %d of each",
						r.File, r.Line, len(r.Examples.Match), len(r.Examples.NoMatch), min)
				}
				if strings.Contains(r.Why, "TODO") || strings.Contains(r.Advice, "TODO") {
					t.Errorf("%s:%d: unfinished text", r.File, r.Line)
				}
			})
		}
	}
}

// Words that make a no_match example a negated context, and words that make
// it a warning about scams. Plain substrings of the lower-cased example.
var (
	negatedCues = []string{"no ", "not ", "never", "without", "n't", "nahi", "nahin", "koi ", "نہیں", "free "}
	warningCues = []string{"beware", "scam", "fraud", "fake", "warning", "caution", "alert", "khabardar",
		"report", "careful"}
)

// A scam sign that matches text must show, among the texts it must not
// fire on, both a negated mention of its sign ("we never charge a fee") and
// a warning that names it ("beware of offers on WhatsApp"): the two contexts
// in which honest adverts write the very words scammers use.
func TestDefaultPacksShowNegatedAndWarningContexts(t *testing.T) {
	packs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	hasCue := func(examples, cues []string) bool {
		for _, ex := range examples {
			l := strings.ToLower(ex)
			for _, c := range cues {
				if strings.Contains(l, c) {
					return true
				}
			}
		}
		return false
	}
	for _, p := range packs {
		for _, r := range p.Rules {
			if r.Points <= 0 || r.Internal || r.IsCombination() || len(r.Examples.NoMatch) == 0 {
				continue
			}
			if !hasCue(r.Examples.NoMatch, negatedCues) {
				t.Errorf("%s:%d: %s: no negated no_match example (e.g. \"we never …\", \"… nahi\")", r.File, r.Line, r.ID)
			}
			if !hasCue(r.Examples.NoMatch, warningCues) {
				t.Errorf("%s:%d: %s: no warning no_match example (e.g. \"beware of …\")", r.File, r.Line, r.ID)
			}
		}
	}
}

// Each pack file keeps to its own groups, so that `rules list` by pack and
// by group tell the same story.
func TestDefaultPacksKeepTheirGroups(t *testing.T) {
	allowed := map[string][]string{
		"core":       {"education", "pay", "overseas", "employer", "targeting", "combination"},
		"money":      {"money", "combination"},
		"process":    {"process", "data", "combination"},
		"contact":    {"contact", "combination"},
		"identity":   {"identity", "combination"},
		"targeting":  {"targeting", "combination"},
		"legitimacy": {"legitimacy"},
		"structured": {"employer", "identity", "combination"},
	}
	packs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range packs {
		groups, ok := allowed[p.Name]
		if !ok {
			t.Errorf("%s: unexpected pack %q", p.File, p.Name)
			continue
		}
		for _, r := range p.Rules {
			found := false
			for _, g := range groups {
				found = found || g == r.Group
			}
			if !found {
				t.Errorf("%s:%d: rule %s has group %q, not one of this pack's %v", r.File, r.Line, r.ID, r.Group, groups)
			}
		}
	}
}
