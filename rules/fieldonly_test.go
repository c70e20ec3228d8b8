package rules

import (
	"strings"
	"testing"
)

func TestFieldOnly(t *testing.T) {
	field := &Rule{ID: "no-logo", Fields: []FieldTest{{Field: "has_company_logo", In: []string{"0"}}}}
	both := &Rule{ID: "remote", Fields: []FieldTest{{Field: "telecommuting", In: []string{"1"}}}, Phrases: []string{"work from home"}}
	text := &Rule{ID: "fee", Phrases: []string{"registration fee"}}
	byID := map[string]*Rule{"no-logo": field, "remote": both, "fee": text}
	for name, tt := range map[string]struct {
		r    *Rule
		want bool
	}{
		"fields only":                     {field, true},
		"fields or a phrase":              {both, false},
		"text only":                       {text, false},
		"all with a field-only rule":      {&Rule{ID: "c", All: []string{"fee", "no-logo"}}, true},
		"all of text rules":               {&Rule{ID: "c", All: []string{"fee", "remote"}}, false},
		"any with a text rule":            {&Rule{ID: "c", Any: []string{"fee", "no-logo"}}, false},
		"any whose minimum needs a field": {&Rule{ID: "c", Any: []string{"fee", "no-logo"}, Min: 2}, true},
		"any of field-only rules":         {&Rule{ID: "c", Any: []string{"no-logo"}}, true},
		"unknown rule counts as text":     {&Rule{ID: "c", Any: []string{"nope"}}, false},
		"cycle is cut":                    {&Rule{ID: "c", Any: []string{"c"}}, false},
	} {
		t.Run(name, func(t *testing.T) {
			byID["c"] = tt.r
			if got := FieldOnly(tt.r, byID); got != tt.want {
				t.Errorf("FieldOnly = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFieldExamplesAreChecked(t *testing.T) {
	const head = `pack: f
rules:
  - id: no-logo
    title: No logo
    group: identity
    severity: low
    points: 5
    why: w
    advice: a
    fields: [{field: has_company_logo, in: ["0"]}]
`
	_, err := Parse([]byte(head), "f.yaml")
	for _, w := range []string{"examples.match_fields: missing", "examples.no_match_fields: missing"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("want %q in %v", w, err)
		}
	}
	bad := head + `    examples:
      match_fields: [{has_company_logo: "0", colour: red}]
      no_match_fields: [{has_company_logo: "1"}]
`
	_, err = Parse([]byte(bad), "f.yaml")
	if err == nil || !strings.Contains(err.Error(), `field "colour" is not allowed (allowed: title,`) {
		t.Errorf("unknown field name not caught: %v", err)
	}
	// A combination that needs the field rule wants field examples too,
	// and is content with them.
	combo := head + `    examples:
      match_fields: [{has_company_logo: "0"}]
      no_match_fields: [{has_company_logo: "1"}]
  - id: fee
    title: Fee
    group: money
    severity: low
    points: 5
    why: w
    advice: a
    phrases: ["registration fee"]
    examples: {match: ["pay a registration fee"], no_match: ["no fee"]}
  - id: fee-no-logo
    title: Fee, no logo
    group: combination
    severity: low
    points: 5
    why: w
    advice: a
    all: [fee, no-logo]
`
	p, err := Parse([]byte(combo), "f.yaml")
	if err != nil {
		t.Fatal(err)
	}
	err = Validate([]Pack{p})
	if err == nil || !strings.Contains(err.Error(), `"fee-no-logo": examples.match_fields: missing`) {
		t.Errorf("combination's field examples not required: %v", err)
	}
	p.Rules[2].Examples = Examples{MatchFields: []map[string]string{{"body": "pay a registration fee", "has_company_logo": "0"}},
		NoMatchFields: []map[string]string{{"body": "pay a registration fee", "has_company_logo": "1"}}}
	if err := Validate([]Pack{p}); err != nil {
		t.Errorf("field examples given, still: %v", err)
	}
}
