package screener

import (
	"slices"
	"strings"
)

// Listing is one job advert. Only Body is needed; every other field is
// optional and, when given, screened as well.
type Listing struct {
	ID             string `json:"id,omitempty"`
	URL            string `json:"url,omitempty"`
	Title          string `json:"title,omitempty"`
	Company        string `json:"company,omitempty"`
	Location       string `json:"location,omitempty"`
	Salary         string `json:"salary,omitempty"`
	Body           string `json:"body,omitempty"`
	Requirements   string `json:"requirements,omitempty"`
	Benefits       string `json:"benefits,omitempty"`
	CompanyProfile string `json:"company_profile,omitempty"`
	Department     string `json:"department,omitempty"`
	EmploymentType string `json:"employment_type,omitempty"`
	Education      string `json:"education,omitempty"`
	Experience     string `json:"experience,omitempty"`
	Industry       string `json:"industry,omitempty"`
	Function       string `json:"function,omitempty"`
	DatePosted     string `json:"date_posted,omitempty"`
	ValidThrough   string `json:"valid_through,omitempty"`
	// HasCompanyLogo, HasQuestions and Telecommuting hold "1", "0" or ""
	// (unknown), as job-board exports such as EMSCAD write them.
	HasCompanyLogo string `json:"has_company_logo,omitempty"`
	HasQuestions   string `json:"has_questions,omitempty"`
	Telecommuting  string `json:"telecommuting,omitempty"`
	// Provided names the fields the source had at all (CSV columns, JSON
	// keys), so that a rule can tell "blank" from "not asked". Readers of
	// structured input set it; it is empty for plain text.
	Provided []string `json:"provided,omitempty"`
}

// textField is a field that becomes part of the screened text, with the
// label that introduces it.
type textField struct {
	name, label string
	get         func(*Listing) string
}

// textFields is the order of the screened text: a heading block, then the
// advert, then what usually follows it. It is an array so that per-field
// tables (fieldSpans) are arrays too, with no map to build per listing.
var textFields = [...]textField{
	{"title", "", func(l *Listing) string { return l.Title }},
	{"company", "Company: ", func(l *Listing) string { return l.Company }},
	{"location", "Location: ", func(l *Listing) string { return l.Location }},
	{"salary", "Salary: ", func(l *Listing) string { return l.Salary }},
	{"employment_type", "Employment type: ", func(l *Listing) string { return l.EmploymentType }},
	{"education", "Education: ", func(l *Listing) string { return l.Education }},
	{"experience", "Experience: ", func(l *Listing) string { return l.Experience }},
	{"body", "\n", func(l *Listing) string { return l.Body }},
	{"requirements", "\nRequirements:\n", func(l *Listing) string { return l.Requirements }},
	{"benefits", "\nBenefits:\n", func(l *Listing) string { return l.Benefits }},
	{"company_profile", "\nAbout the company:\n", func(l *Listing) string { return l.CompanyProfile }},
}

// otherFields are matched as structured fields only.
var otherFields = [...]struct {
	name string
	get  func(*Listing) string
}{
	{"department", func(l *Listing) string { return l.Department }},
	{"industry", func(l *Listing) string { return l.Industry }},
	{"function", func(l *Listing) string { return l.Function }},
	{"has_company_logo", func(l *Listing) string { return l.HasCompanyLogo }},
	{"has_questions", func(l *Listing) string { return l.HasQuestions }},
	{"telecommuting", func(l *Listing) string { return l.Telecommuting }},
	{"url", func(l *Listing) string { return l.URL }},
}

// span is a half-open byte range of the screened text.
type span struct{ start, end int }

// fieldSpans records where each of textFields landed in the screened text,
// by its index in textFields; a field left out has an empty span.
type fieldSpans [len(textFields)]span

// bodyField is the index of "body" in textFields.
var bodyField = slices.IndexFunc(textFields[:], func(f textField) bool { return f.name == "body" })

// compose builds the screened text, records where each field landed and
// reports whether the listing has only a Body: then it screens the Body
// byte for byte.
func (l *Listing) compose() (text string, at fieldSpans, onlyBody bool) {
	var vals [len(textFields)]string
	size := 0
	onlyBody = true
	for i, f := range textFields {
		v := strings.TrimSpace(f.get(l))
		vals[i] = v
		if v != "" {
			size += len(f.label) + 1 + len(v)
			onlyBody = onlyBody && i == bodyField
		}
	}
	if onlyBody {
		at[bodyField] = span{0, len(l.Body)}
		return l.Body, at, true
	}
	var b strings.Builder
	b.Grow(size) // an upper bound: one allocation instead of one per doubling
	for i, f := range textFields {
		v := vals[i]
		if v == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
			b.WriteString(f.label)
		} else if f.name != "title" && f.name != "body" {
			b.WriteString(f.label)
		}
		start := b.Len()
		b.WriteString(v)
		at[i] = span{start, b.Len()}
	}
	return b.String(), at, false
}
