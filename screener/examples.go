package screener

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/jobscreen/jobscreen/rules"
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

// exampleCase is one example as a listing to screen.
type exampleCase struct {
	want    string // "match" or "no_match"
	text    string // how a failure shows it
	listing Listing
}

// exampleCases turns a rule's examples into listings: texts as plain-text
// adverts, field examples as structured listings whose named fields all
// count as provided.
func exampleCases(ex rules.Examples) []exampleCase {
	var out []exampleCase
	for want, texts := range map[string][]string{"match": ex.Match, "no_match": ex.NoMatch} {
		for _, t := range texts {
			out = append(out, exampleCase{want, t, Listing{Body: t}})
		}
	}
	for want, list := range map[string][]map[string]string{"match": ex.MatchFields, "no_match": ex.NoMatchFields} {
		for _, fields := range list {
			out = append(out, exampleCase{want, fieldsText(fields), listingOf(fields)})
		}
	}
	return out
}

// fieldsText shows a field example as "field=value; …", sorted by field.
func fieldsText(fields map[string]string) string {
	var parts []string
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		parts = append(parts, name+"="+strconv.Quote(fields[name]))
	}
	return strings.Join(parts, "; ")
}

// listingOf builds a listing from field names as rules name them.
func listingOf(fields map[string]string) Listing {
	l := Listing{}
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		if p := fieldPtr(&l, name); p != nil {
			*p = fields[name]
			l.Provided = append(l.Provided, name)
		}
	}
	return l
}

// fieldPtr returns the Listing field a rule's field name stands for.
func fieldPtr(l *Listing, name string) *string {
	return map[string]*string{
		"title": &l.Title, "company": &l.Company, "location": &l.Location, "salary": &l.Salary,
		"body": &l.Body, "requirements": &l.Requirements, "benefits": &l.Benefits,
		"company_profile": &l.CompanyProfile, "employment_type": &l.EmploymentType,
		"education": &l.Education, "experience": &l.Experience, "industry": &l.Industry,
		"function": &l.Function, "department": &l.Department, "has_company_logo": &l.HasCompanyLogo,
		"has_questions": &l.HasQuestions, "telecommuting": &l.Telecommuting, "url": &l.URL,
	}[name]
}

// ExampleStats counts the examples checked.
type ExampleStats struct {
	Rules, Match, NoMatch int
}

// CheckExamples screens every example of every rule in force (or of the
// packs named in onlyPacks, matched by pack name or file) and returns the
// examples that failed. A text example is screened as a plain-text advert,
// a field example (match_fields, no_match_fields) as a structured listing.
func (s *Screener) CheckExamples(ctx context.Context, onlyPacks []string) ([]ExampleFailure, ExampleStats, error) {
	var fails []ExampleFailure
	var st ExampleStats
	for i := range s.rules {
		r := &s.rules[i]
		if len(onlyPacks) > 0 && !slices.Contains(onlyPacks, s.packOf[r.ID]) && !slices.Contains(onlyPacks, r.File) {
			continue
		}
		ex := r.Examples
		if len(ex.Match)+len(ex.NoMatch)+len(ex.MatchFields)+len(ex.NoMatchFields) == 0 {
			continue
		}
		st.Rules++
		for _, c := range exampleCases(ex) {
			rep, err := s.Screen(ctx, c.listing)
			if err != nil {
				return nil, st, err
			}
			if fired(rep, r.ID) != (c.want == "match") {
				fails = append(fails, ExampleFailure{RuleID: r.ID, File: r.File, Line: r.Line, Text: c.text, Want: c.want})
			}
			if c.want == "match" {
				st.Match++
			} else {
				st.NoMatch++
			}
		}
	}
	slices.SortFunc(fails, func(a, b ExampleFailure) int {
		if a.File != b.File {
			return compare(a.File, b.File)
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if a.Want != b.Want {
			return compare(a.Want, b.Want)
		}
		return compare(a.Text, b.Text)
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
