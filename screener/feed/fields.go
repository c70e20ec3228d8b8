package feed

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// ignoreField is the Options.Map target that drops a column on purpose.
const ignoreField = "-"

// aliases maps a normalised column or key name to the Listing field it
// fills, named by the field's JSON tag (the name Listing.Provided uses).
var aliases = map[string]string{}

// fieldAliases lists, per Listing field, the names exports commonly use.
var fieldAliases = map[string][]string{
	"id":               {"id", "job_id", "jobid"},
	"title":            {"title", "job_title", "position"},
	"company":          {"company", "company_name", "employer", "organisation", "organization"},
	"location":         {"location", "city"},
	"salary":           {"salary", "salary_range", "pay", "compensation"},
	"body":             {"body", "description", "job_description", "text", "details"},
	"requirements":     {"requirements"},
	"benefits":         {"benefits"},
	"company_profile":  {"company_profile", "about_company"},
	"department":       {"department"},
	"employment_type":  {"employment_type", "job_type"},
	"education":        {"education", "required_education"},
	"experience":       {"experience", "required_experience"},
	"industry":         {"industry"},
	"function":         {"function"},
	"url":              {"url", "link"},
	"has_company_logo": {"has_company_logo"},
	"has_questions":    {"has_questions"},
	"telecommuting":    {"telecommuting", "remote"},
	"date_posted":      {"date_posted"},
	"valid_through":    {"valid_through"},
}

func init() {
	for field, names := range fieldAliases {
		for _, n := range names {
			aliases[normName(n)] = field
		}
	}
}

// normName folds a column name so that "Job Title", "job_title" and
// "JOB-TITLE" compare equal: exports disagree on all three.
func normName(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if r != ' ' && r != '_' && r != '-' && r != '\t' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Fields lists the Listing fields a column can be mapped to, sorted.
func Fields() []string {
	out := make([]string, 0, len(fieldAliases))
	for f := range fieldAliases {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// resolver decides which field each column or key fills.
type resolver struct {
	override map[string]string // normalised column → field or ignoreField
	label    string            // normalised label column, "" if none
}

func newResolver(o Options) (resolver, error) {
	r := resolver{override: make(map[string]string, len(o.Map)), label: normName(o.LabelColumn)}
	for col, field := range o.Map {
		f := strings.TrimSpace(field)
		if f != ignoreField {
			var ok bool
			if f, ok = aliases[normName(f)]; !ok {
				return resolver{}, fmt.Errorf("map %s=%s: unknown field %q (known: %s, or - to ignore the column)",
					col, field, field, strings.Join(Fields(), ", "))
			}
		}
		r.override[normName(col)] = f
	}
	return r, nil
}

// field returns the Listing field a column fills, or "" when it fills none.
func (r resolver) field(col string) string {
	n := normName(col)
	if f, ok := r.override[n]; ok {
		if f == ignoreField {
			return ""
		}
		return f
	}
	return aliases[n]
}

// isLabel reports whether col is the label column.
func (r resolver) isLabel(col string) bool { return r.label != "" && normName(col) == r.label }

// setField stores v in the named field of l.
func setField(l *screener.Listing, field, v string) {
	if p := fieldPtr(l, field); p != nil {
		*p = v
	}
}

func fieldPtr(l *screener.Listing, field string) *string {
	switch field {
	case "id":
		return &l.ID
	case "url":
		return &l.URL
	case "title":
		return &l.Title
	case "company":
		return &l.Company
	case "location":
		return &l.Location
	case "salary":
		return &l.Salary
	case "body":
		return &l.Body
	case "requirements":
		return &l.Requirements
	case "benefits":
		return &l.Benefits
	case "company_profile":
		return &l.CompanyProfile
	}
	return fieldPtr2(l, field)
}

// fieldPtr2 is the second half of fieldPtr, split to keep both readable.
func fieldPtr2(l *screener.Listing, field string) *string {
	switch field {
	case "department":
		return &l.Department
	case "employment_type":
		return &l.EmploymentType
	case "education":
		return &l.Education
	case "experience":
		return &l.Experience
	case "industry":
		return &l.Industry
	case "function":
		return &l.Function
	case "date_posted":
		return &l.DatePosted
	case "valid_through":
		return &l.ValidThrough
	case "has_company_logo":
		return &l.HasCompanyLogo
	case "has_questions":
		return &l.HasQuestions
	case "telecommuting":
		return &l.Telecommuting
	}
	return nil
}
