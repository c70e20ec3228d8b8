package main

import (
	"bytes"
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// goodPack is a small valid pack whose examples pass; its phrase is a
// made-up word so no built-in rule interferes.
const goodPack = `pack: mine
rules:
  - id: zorblax-offer
    title: Zorblax offered
    group: money
    severity: low
    points: 5
    why: Short.
    advice: Ask what a zorblax is before you agree to anything.
    phrases: ["zorblax wibble"]
    examples:
      match: ["Send the zorblax wibble today."]
      no_match: ["Nothing strange in this advert."]
`

// failingPack has one example that cannot pass.
const failingPack = `pack: broken-examples
rules:
  - id: zorblax-offer
    title: Zorblax offered
    group: money
    severity: low
    points: 5
    why: A zorblax wibble is a made-up thing that only this test pack looks for in adverts.
    advice: Ask what a zorblax is before you agree to anything.
    refs: ["test fixture"]
    phrases: ["zorblax wibble"]
    examples:
      match: ["Send the zorblax wibble today.", "This text has no such words."]
      no_match: ["Nothing strange in this advert."]
`

func TestRulesList(t *testing.T) {
	t.Parallel()
	jobscreen(t, "", "rules", "list").want(t, exitOK,
		[]string{"ID", "GROUP", "SEVERITY", "POINTS", "TITLE", "no-degree-needed"}, nil)
	r := jobscreen(t, "", "rules", "list", "--format", "json")
	r.want(t, exitOK, nil, nil)
	var rows []ruleRow
	if err := json.Unmarshal([]byte(r.stdout), &rows); err != nil {
		t.Fatalf("not a JSON list of rules: %v", err)
	}
	if len(rows) == 0 || rows[0].ID == "" || rows[0].Title == "" || rows[0].Group == "" || rows[0].Pack == "" {
		t.Errorf("rows lack fields: %+v", rows)
	}
	pack := writeFile(t, "mine.yaml", []byte(goodPack))
	jobscreen(t, "", "rules", "list", "--rule-pack", pack).want(t, exitOK, []string{"zorblax-offer"}, nil)
	jobscreen(t, "", "rules", "list", "--no-default-packs", "--rule-pack", pack).want(t, exitOK, []string{"zorblax-offer"}, nil)
}

func TestRulesExplain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"known rule", []string{"no-degree-needed"}, exitOK,
			[]string{"no-degree-needed — ", "Group:", "Severity:", "Points:", "Why:", "What to do:", "Sources:", "Matches:", "Fires on:", "Does not fire on:"}, nil},
		{"typo suggests", []string{"no-degre-needed"}, exitUsage, nil, []string{`unknown rule "no-degre-needed"`, "did you mean no-degree-needed"}},
		{"nonsense points to list", []string{"qqqqqqqqqqqqqqqqqqq"}, exitUsage, nil, []string{"rules list"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			jobscreen(t, "", append([]string{"rules", "explain"}, tt.args...)...).want(t, tt.code, tt.stdout, tt.stderr)
		})
	}
}

var summaryRe = regexp.MustCompile(`(?m)^\d+ rules, \d+ examples: \d+ failed$`)

func TestRulesTest(t *testing.T) {
	t.Parallel()
	good := writeFile(t, "good.yaml", []byte(goodPack))
	bad := writeFile(t, "bad.yaml", []byte(failingPack))
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"passing pack file", []string{good}, exitOK, []string{"1 rules, 2 examples: 0 failed"}, nil},
		{"failing pack file", []string{bad}, exitFail,
			[]string{bad + ":3: rule zorblax-offer: want match, but it did not fire on: “This text has no such words.”", "1 rules, 3 examples: 1 failed"}, nil},
		{"unknown pack name", []string{"no-such-pack"}, exitUsage, nil, []string{`no rule pack or file "no-such-pack"`, "core"}},
		{"missing file", []string{"missing.yaml"}, exitUsage, nil, []string{"missing.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			jobscreen(t, "", append([]string{"rules", "test"}, tt.args...)...).want(t, tt.code, tt.stdout, tt.stderr)
		})
	}
	t.Run("built-in packs", func(t *testing.T) {
		t.Parallel()
		// The packs are still being tuned, so only the shape is asserted.
		for _, args := range [][]string{{"rules", "test"}, {"rules", "test", "core"}} {
			r := jobscreen(t, "", args...)
			if (r.code != exitOK && r.code != exitFail) || !summaryRe.MatchString(r.stdout) {
				t.Errorf("%v: exit %d, stdout:\n%s\nstderr:\n%s", args, r.code, r.stdout, r.stderr)
			}
		}
	})
}

func TestRulesLint(t *testing.T) {
	t.Parallel()
	weak := writeFile(t, "weak.yaml", []byte(goodPack))
	unknownKey := writeFile(t, "typo.yaml", []byte(`pack: typo
rules:
  - id: typo-rule
    title: Typo
    group: money
    severity: low
    wieght: 5
    why: A reason long enough to explain the rule to a student who reads it.
    advice: Do not pay.
    phrases: ["zorblax wibble"]
    examples: {match: ["zorblax wibble"], no_match: ["nothing"]}
`))
	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"built-in packs", nil, exitOK, []string{"0 errors"}, nil},
		{"weak rule warns", []string{weak}, exitOK, []string{
			weak + ":3: rule zorblax-offer: warning: 1 match examples (want at least 3)",
			"1 no_match examples", "no refs", "why is 6 characters", "1 packs, 1 rules: 0 errors, 4 warnings"}, nil},
		{"unknown key", []string{unknownKey}, exitUsage, nil, []string{unknownKey + ":7", `rule "typo-rule"`, "wieght", "unknown field (allowed:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			jobscreen(t, "", append([]string{"rules", "lint"}, tt.args...)...).want(t, tt.code, tt.stdout, tt.stderr)
		})
	}
}

func TestRulesFactsListsTheCatalogue(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"rules", "facts"}, strings.NewReader(""), &out, &errb)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"pay.high\n", "min_ratio: a number from 0 to 1000", "max_education: one of none, matric", "employer.unnamed\n",
		"kind: one or a list of cnic, aadhaar, pan, passport, originals, ssn, ph-id"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestRulesTestRunsFieldExamples(t *testing.T) {
	t.Parallel()
	pack := writeFile(t, "fields.yaml", []byte(`pack: fields
rules:
  - id: no-questions-asked
    title: The application asks no screening questions
    group: identity
    severity: low
    points: 2
    why: A reason long enough to explain the rule to a student who reads it carefully.
    advice: Ask how candidates are selected.
    refs: ["test"]
    fields: [{field: has_questions, in: ["0"]}]
    examples:
      match_fields: [{has_questions: "0"}, {has_questions: "0", title: "Clerk"}, {has_questions: "1"}]
      no_match_fields: [{has_questions: "1"}, {title: "Clerk"}, {has_questions: ""}]
`))
	r := jobscreen(t, "", "rules", "test", pack)
	r.want(t, exitFail, []string{`rule no-questions-asked: want match, but it did not fire on: “has_questions="1"”`, "1 failed"}, nil)
	jobscreen(t, "", "rules", "lint", pack).want(t, exitOK, []string{"0 errors, 0 warnings"}, nil)
}
