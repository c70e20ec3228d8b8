package rules

import (
	"slices"
	"sort"
	"strings"
)

// FieldOnly reports whether the rule can fire only on structured listing
// fields (a CSV column, a JSON key, JSON-LD), so that no plain-text advert
// can ever show it firing: a rule whose only matchers are fields, an all
// combination that needs such a rule, or an any combination that cannot
// reach its minimum without them. byID resolves the rules a combination
// names; an unknown name counts as able to fire on text, and a cycle is
// cut where it closes (Validate reports both).
//
// Such rules are tested with examples.match_fields and no_match_fields,
// listings given field by field, instead of match and no_match texts.
func FieldOnly(r *Rule, byID map[string]*Rule) bool {
	return fieldOnly(r, byID, map[string]bool{})
}

func fieldOnly(r *Rule, byID map[string]*Rule, seen map[string]bool) bool {
	if !r.IsCombination() {
		return len(r.Fields) > 0 && len(r.Phrases)+len(r.Regex)+len(r.Facts) == 0
	}
	if seen[r.ID] {
		return false
	}
	seen[r.ID] = true
	defer delete(seen, r.ID)
	textOK := 0
	for _, id := range refs(r) {
		ref, ok := byID[id]
		if !ok || !fieldOnly(ref, byID, seen) {
			textOK++
		} else if len(r.All) > 0 {
			return true // every named rule must fire, and this one needs fields
		}
	}
	if len(r.All) > 0 {
		return false
	}
	return textOK < max(r.Min, 1)
}

// checkFieldExamples validates the field names of a rule's field examples.
func checkFieldExamples(c *collector, r *Rule) {
	for key, list := range map[string][]map[string]string{
		"examples.match_fields": r.Examples.MatchFields, "examples.no_match_fields": r.Examples.NoMatchFields} {
		for _, ex := range list {
			names := make([]string, 0, len(ex))
			for name := range ex {
				names = append(names, name)
			}
			sort.Strings(names)
			for _, name := range names {
				if !slices.Contains(FieldNames, name) {
					c.add(r.Line, r.ID, key, "field %q is not allowed (allowed: %s)", name, strings.Join(FieldNames, ", "))
				}
			}
		}
	}
}

// exampleErrors checks that each reported combination rule ships the kind
// of examples it can be tested with; only across packs can it be told
// whether a combination needs structured fields. Rules with their own
// matchers are checked as they load.
func exampleErrors(rules map[string]*Rule, ids []string) Errors {
	var errs Errors
	for _, id := range ids {
		r := rules[id]
		if r.Internal || !r.IsCombination() {
			continue
		}
		for _, e := range missingExamples(r, FieldOnly(r, rules)) {
			errs = append(errs, Error{File: r.File, Line: r.Line, Rule: r.ID, Field: e[0], Msg: e[1]})
		}
	}
	return errs
}

// missingExamples returns (field, message) pairs for the examples a rule
// lacks: listings by field for a field-only rule, texts otherwise.
func missingExamples(r *Rule, fieldOnly bool) [][2]string {
	var out [][2]string
	if fieldOnly {
		if len(r.Examples.MatchFields) == 0 {
			out = append(out, [2]string{"examples.match_fields", "missing: this rule needs structured fields to fire, so give at least one listing (field: value) it must fire on"})
		}
		if len(r.Examples.NoMatchFields) == 0 {
			out = append(out, [2]string{"examples.no_match_fields", "missing: give at least one listing (field: value) the rule must not fire on"})
		}
		return out
	}
	if len(r.Examples.Match) == 0 {
		out = append(out, [2]string{"examples.match", "missing: give at least one text the rule must fire on"})
	}
	if len(r.Examples.NoMatch) == 0 {
		out = append(out, [2]string{"examples.no_match", "missing: give at least one text the rule must not fire on"})
	}
	return out
}
