package rules

import (
	"strings"
	"testing"
)

const goodRule = `
  - id: fee-ask
    title: Asks for a fee
    group: money
    severity: high
    points: 20
    why: Honest employers do not charge you to get a job.
    advice: Do not pay.
    phrases: ["registration fee"]
    examples:
      match: ["Registration fee Rs 500"]
      no_match: ["No registration fee"]
`

func TestParseAcceptsAGoodPack(t *testing.T) {
	p, err := Parse([]byte("pack: t\nrules:"+goodRule), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Rules) != 1 || p.Rules[0].ID != "fee-ask" || p.Rules[0].File != "t.yaml" || p.Rules[0].Line != 3 {
		t.Errorf("got %+v", p.Rules)
	}
}

// Every bad rule file must name the file, the rule, the field and what is
// allowed, and all problems are reported together.
func TestParseReportsEveryProblem(t *testing.T) {
	tests := []struct {
		name, edit string
		want       []string
	}{
		{"unknown key", "    phrase: [x]\n", []string{"t.yaml:", `rule "fee-ask"`, "phrase: unknown field", "allowed:", "phrases"}},
		{"bad regex", "    regex: ['(']\n    keywords: [fee]\n", []string{"regex", "does not compile"}},
		{"regex without keywords", "    regex: ['fee']\n", []string{"keywords: missing"}},
		{"unknown fact", "    facts: [{name: pay.huge}]\n", []string{"facts.name", `unknown fact "pay.huge"`, "pay.high"}},
		{"bad fact param", "    facts: [{name: pay.high, min_ratio: lots}]\n", []string{"facts.min_ratio", "a number from"}},
		{"unknown fact param", "    facts: [{name: pay.high, ratio: 2}]\n", []string{"no parameter \"ratio\"", "min_ratio"}},
		{"bad level", "    facts: [{name: pay.high, max_education: phd}]\n", []string{"max_education", "intermediate"}},
		{"bad enum value", "    facts: [{name: asks.documents, kind: [cnic, licence]}]\n", []string{"t.yaml:", `rule "fee-ask"`, "facts.kind", `"licence" is not allowed`, "passport, originals"}},
		{"enum not a string", "    facts: [{name: asks.data, kind: 3}]\n", []string{"facts.kind", "bank, card, otp"}},
		{"unknown field", "    fields: [{field: logo, empty: true}]\n", []string{"fields.field", "has_company_logo"}},
		{"bad scope", "    scope: [heading]\n", []string{"scope", "title"}},
		{"wrong type", "    min: many\n", []string{"cannot unmarshal"}},
		{"mixed combination", "    all: [x]\n", []string{"mixes matchers"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte("pack: t\nrules:"+goodRule+tc.edit), "t.yaml")
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestParseCollectsSeveralErrors(t *testing.T) {
	bad := strings.NewReplacer("id: fee-ask", "id: Fee_Ask", "severity: high", "severity: extreme", "points: 20", "points: 99").Replace(goodRule)
	_, err := Parse([]byte("pack: t\nrules:"+bad), "t.yaml")
	es, ok := err.(Errors)
	if !ok || len(es) < 3 {
		t.Fatalf("want 3+ errors, got %v", err)
	}
	for _, w := range []string{"kebab-case", `"extreme" is not allowed (allowed: info, low, medium, high)`, "out of range"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in %v", w, err)
		}
	}
}

func TestParseRejectsBrokenFiles(t *testing.T) {
	for name, data := range map[string]string{
		"not yaml":     "pack: [",
		"not a map":    "- a\n- b",
		"no pack name": "rules: []",
		"top key":      "pack: t\nrulez: []",
		"empty":        "",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse([]byte(data), "t.yaml"); err == nil || !strings.Contains(err.Error(), "t.yaml") {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestValidateAcrossPacks(t *testing.T) {
	p1, _ := Parse([]byte("pack: a\nrules:"+goodRule), "a.yaml")
	p2, _ := Parse([]byte("pack: b\nrules:"+goodRule), "b.yaml")
	err := Validate([]Pack{p1, p2})
	if err == nil || !strings.Contains(err.Error(), "duplicate id: already defined at a.yaml:3") {
		t.Errorf("duplicate not caught: %v", err)
	}
	combo := `
  - id: combo-a
    title: A
    group: combination
    severity: high
    points: 5
    why: w
    advice: a
    all: [combo-b, missing-rule]
  - id: combo-b
    title: B
    group: combination
    severity: high
    points: 5
    why: w
    advice: a
    all: [combo-a]
`
	// Parse complains about the missing examples; the pack is still usable
	// for checking references.
	p3, _ := Parse([]byte("pack: c\nrules:"+combo), "c.yaml")
	err = Validate([]Pack{p3})
	for _, w := range []string{`names unknown rule "missing-rule"`, "cycle"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("want %q in %v", w, err)
		}
	}
}

func TestFactCatalogueIsSorted(t *testing.T) {
	names := FactNames()
	if len(names) < 30 {
		t.Fatalf("only %d facts", len(names))
	}
	for _, n := range names {
		if _, ok := LookupFact(n); !ok {
			t.Errorf("LookupFact(%q) failed", n)
		}
	}
}
