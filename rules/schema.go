package rules

// Pack is one YAML file of rules.
type Pack struct {
	// Name identifies the pack in listings and in `rules test PACK`.
	Name string `yaml:"pack"`
	// Description says what the pack covers.
	Description string `yaml:"description"`
	// Rules are the pack's rules, in file order.
	Rules []Rule `yaml:"rules"`
	// File is where the pack was loaded from ("embedded:core.yaml" for the
	// defaults). It is set by the loader, never read from YAML.
	File string `yaml:"-"`
}

// Rule is one indicator: what to look for and how to explain it.
type Rule struct {
	ID       string   `yaml:"id"`
	Title    string   `yaml:"title"`
	Group    string   `yaml:"group"`
	Severity string   `yaml:"severity"`
	Points   int      `yaml:"points"`
	Why      string   `yaml:"why"`
	Advice   string   `yaml:"advice"`
	Refs     []string `yaml:"refs"`

	// Phrases are matched on snowball stems, word by word. A "*" word
	// matches any one word; ".." matches up to three words.
	Phrases []string `yaml:"phrases"`
	// Regex patterns run on the folded (lower-cased, NFKC) text, and only
	// when one of Keywords occurs in it.
	Regex    []string `yaml:"regex"`
	Keywords []string `yaml:"keywords"`
	// Facts test what the extractors found (pay, education, places,
	// contacts, employer, requests for money or data).
	Facts []FactTest `yaml:"facts"`
	// Fields test structured listing fields (CSV columns, JSON-LD).
	Fields []FieldTest `yaml:"fields"`
	// Scope keeps only hits inside these listing fields (e.g. title).
	Scope []string `yaml:"scope"`

	// All makes a combination rule that fires when every named rule fired.
	All []string `yaml:"all"`
	// Any makes a combination rule that fires when at least Min (default 1)
	// of the named rules fired.
	Any []string `yaml:"any"`
	Min int      `yaml:"min"`

	// Unless lists what cancels a hit.
	Unless Unless `yaml:"unless"`
	// Internal rules feed combination rules but are not reported and carry
	// no points of their own.
	Internal bool `yaml:"internal"`

	// Examples are texts the rule must and must not fire on; tests run them.
	Examples Examples `yaml:"examples"`

	// File is the pack file the rule came from; set by the loader.
	File string `yaml:"-"`
	// Line is the rule's line in File; set by the loader.
	Line int `yaml:"-"`
}

// FactTest names an extracted fact and its parameters, e.g.
// {name: pay.high, min_ratio: 2.7, max_education: intermediate}.
type FactTest struct {
	Name   string         `yaml:"name"`
	Params map[string]any `yaml:",inline"`
}

// FieldTest checks one structured field of the listing.
type FieldTest struct {
	// Field is a listing field name; see FieldNames.
	Field string `yaml:"field"`
	// Empty fires when the field is present in the input but blank.
	Empty bool `yaml:"empty"`
	// In fires when the field equals one of these values (case-insensitive).
	In []string `yaml:"in"`
}

// Unless says what cancels a hit of a phrase or regex matcher.
type Unless struct {
	// Phrases cancel a hit — of the rule's phrases, regexes or facts — when
	// found in the same sentence (or anywhere in the text when Scope is
	// "text").
	Phrases []string `yaml:"phrases"`
	Scope   string   `yaml:"scope"`
	// Negation, when true (the default), cancels a hit preceded by a
	// negation ("no", "never", "do not", "nahi" …) in its sentence, or in
	// a sentence that warns about scams.
	Negation *bool `yaml:"negation"`
}

// Examples are the texts a rule is tested against.
type Examples struct {
	Match   []string `yaml:"match"`
	NoMatch []string `yaml:"no_match"`
	// MatchFields and NoMatchFields are listings given field by field
	// ({has_company_logo: "0", company_profile: "", title: …}), each field
	// named counting as provided by the source. Rules that need structured
	// fields (see FieldOnly) are tested with these instead of texts.
	MatchFields   []map[string]string `yaml:"match_fields"`
	NoMatchFields []map[string]string `yaml:"no_match_fields"`
}

// IsCombination reports whether the rule fires on other rules.
func (r *Rule) IsCombination() bool { return len(r.All) > 0 || len(r.Any) > 0 }

// NegationOn reports whether negation and warning contexts cancel hits.
func (u Unless) NegationOn() bool { return u.Negation == nil || *u.Negation }

// Severities are the allowed severity values, weakest first.
var Severities = []string{"info", "low", "medium", "high"}

// Groups are the indicator groups of docs/indicators.md a rule belongs to.
var Groups = []string{
	"education", "pay", "overseas", "employer", "money", "process",
	"contact", "identity", "targeting", "combination", "legitimacy", "data",
}

// FieldNames are the listing fields rules may name in fields and scope.
var FieldNames = []string{
	"title", "company", "location", "salary", "body", "requirements",
	"benefits", "company_profile", "employment_type", "education",
	"experience", "industry", "function", "department", "has_company_logo",
	"has_questions", "telecommuting", "url",
}

// PointsLimit bounds any rule's points, so that no single rule decides a
// listing alone.
const PointsLimit = 40
