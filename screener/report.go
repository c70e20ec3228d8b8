package screener

// Band is a coarse verdict: "low", "medium" or "high" risk.
type Band string

// The bands, in rising order of risk.
const (
	Low    Band = "low"
	Medium Band = "medium"
	High   Band = "high"
)

// Rank orders bands: low 0, medium 1, high 2; -1 for anything else.
func (b Band) Rank() int {
	switch b {
	case Low:
		return 0
	case Medium:
		return 1
	case High:
		return 2
	}
	return -1
}

// ParseBand reads a band name.
func ParseBand(s string) (Band, bool) {
	b := Band(s)
	return b, b.Rank() >= 0
}

// Report is the result of screening one listing. It is plain data: the
// writers in package report render it.
type Report struct {
	ID       string    `json:"id,omitempty"`
	Score    int       `json:"score"`
	Band     Band      `json:"band"`
	Points   int       `json:"points"`
	Source   string    `json:"source"` // "text", "html" or "listing"
	Text     string    `json:"text"`
	Findings []Finding `json:"findings"`
	Facts    Facts     `json:"facts"`
	Warnings []string  `json:"warnings,omitempty"`
}

// Finding is one rule that fired on the listing.
type Finding struct {
	RuleID   string     `json:"rule_id"`
	Title    string     `json:"title"`
	Group    string     `json:"group"`
	Severity string     `json:"severity"`
	Points   int        `json:"points"`
	Why      string     `json:"why"`
	Advice   string     `json:"advice"`
	Refs     []string   `json:"refs,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is a quoted stretch of Report.Text: Text == Report.Text[Start:End].
type Evidence struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Facts summarises what the extractors read from the listing, so a reader
// can check the screener's understanding.
type Facts struct {
	Pay       []PayFact `json:"pay,omitempty"`
	Country   string    `json:"country,omitempty"`
	Education string    `json:"education,omitempty"`
	// Senior quotes what marks the post as more than entry level: a rank
	// in its title ("VP") or the board's level ("Mid-Senior level").
	Senior []string `json:"senior,omitempty"`
	// Licences quotes the professional licences or registrations the
	// advert requires ("RN license", "Class A CDL").
	Licences     []string `json:"licences,omitempty"`
	Destinations []string `json:"destinations,omitempty"`
	Employer     string   `json:"employer,omitempty"`
	Contacts     []string `json:"contacts,omitempty"`
}

// PayFact is one pay figure as understood.
type PayFact struct {
	Text       string  `json:"text"`
	Currency   string  `json:"currency"`
	Period     string  `json:"period,omitempty"`
	MonthlyMin float64 `json:"monthly_min,omitempty"`
	MonthlyMax float64 `json:"monthly_max,omitempty"`
	// MinWageRatio is the monthly figure over the minimum wage of the
	// pay's country; 0 when unknown.
	MinWageRatio float64 `json:"min_wage_ratio,omitempty"`
}
