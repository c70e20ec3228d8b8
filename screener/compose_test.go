package screener

import (
	"strings"
	"testing"
)

// composeRef is the straightforward composition compose must agree with:
// a label and a value per non-blank field, positions kept in a map.
func composeRef(l *Listing) (string, map[string]span, bool) {
	at := map[string]span{}
	only := true
	for _, f := range textFields {
		if f.name != "body" && strings.TrimSpace(f.get(l)) != "" {
			only = false
		}
	}
	if only {
		at["body"] = span{0, len(l.Body)}
		return l.Body, at, true
	}
	var b strings.Builder
	for _, f := range textFields {
		v := strings.TrimSpace(f.get(l))
		if v == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n" + f.label)
		} else if f.name != "title" && f.name != "body" {
			b.WriteString(f.label)
		}
		start := b.Len()
		b.WriteString(v)
		at[f.name] = span{start, b.Len()}
	}
	return b.String(), at, false
}

func TestComposeMatchesReference(t *testing.T) {
	listings := []Listing{
		{},
		{Body: "  only a body, untrimmed \n"},
		{Body: "   "},
		{Title: "Data entry", Body: "Work from home."},
		{Company: " Acme ", Body: "Body"},
		{Location: "Lahore", Salary: "Rs 50,000"},
		{Title: "T", Company: "C", Location: "L", Salary: "S", EmploymentType: "E", Education: "Ed", Experience: "X",
			Body: "B", Requirements: "R", Benefits: "Bn", CompanyProfile: "P", Department: "not screened"},
		{Requirements: "\tDegree\n", Benefits: "", CompanyProfile: "We are a bank."},
		{Department: "Sales", Body: "Body only among text fields"},
		{Experience: "Mid-Senior level", Body: "Ünïcödé body — “quoted”"},
	}
	for i, l := range listings {
		text, at, only := l.compose()
		wtext, wat, wonly := composeRef(&l)
		if text != wtext || only != wonly {
			t.Errorf("%d: compose = %q (only body %v), want %q (%v)", i, text, only, wtext, wonly)
		}
		for k, f := range textFields {
			if at[k] != wat[f.name] {
				t.Errorf("%d: %s at %v, want %v", i, f.name, at[k], wat[f.name])
			}
		}
	}
}
