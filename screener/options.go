package screener

import (
	"io"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/facts/employer"
)

// Options configure a Screener. The zero value screens with the default
// rule packs, thresholds and country table.
type Options struct {
	// Packs replace the default rule packs when non-nil.
	Packs []rules.Pack
	// ExtraPacks are screened in addition to Packs (or the defaults).
	ExtraPacks []rules.Pack
	// Disabled names rules that never fire.
	Disabled []string
	// Points overrides the points of named rules (e.g. from a calibration).
	Points map[string]int
	// Thresholds cut the score into bands; zero fields take the defaults.
	Thresholds Thresholds
	// Scoring shapes the points-to-score curve; zero fields take defaults.
	// An Offset of exactly 0 therefore means DefaultOffset (30); for a
	// curve centred on zero points use math.SmallestNonzeroFloat64, which
	// scores exactly as 0 would (the CLI does this for a configured 0).
	Scoring Scoring
	// Countries adds to or overrides the per-country pay table, keyed by
	// ISO 3166 alpha-2 code.
	Countries map[string]Country
	// RegisteredCompanies, when non-empty, is the user's registry of
	// employer names; a named employer missing from it is a sign.
	RegisteredCompanies []string
	// MaxTextBytes bounds the screened text (default 1 MiB); longer
	// listings are an error, never silently cut.
	MaxTextBytes int
}

// Thresholds are the scores at which the medium and high bands start.
type Thresholds struct {
	Medium int `json:"medium" mapstructure:"medium"`
	High   int `json:"high" mapstructure:"high"`
}

// Scoring holds the constants of the points-to-score curve; see the package
// documentation.
type Scoring struct {
	Offset float64 `json:"offset" mapstructure:"offset"`
	Scale  float64 `json:"scale" mapstructure:"scale"`
}

// Country is one row of the pay table: what pay is usual there.
type Country struct {
	Name           string  `json:"name" mapstructure:"name"`
	Currency       string  `json:"currency" mapstructure:"currency"`
	MinWageMonthly float64 `json:"min_wage_monthly" mapstructure:"min_wage_monthly"`
	EntryMonthly   float64 `json:"entry_monthly" mapstructure:"entry_monthly"`
	Source         string  `json:"source" mapstructure:"source"`
	AsOf           string  `json:"as_of" mapstructure:"as_of"`
}

// Defaults for Options.
const (
	DefaultMedium       = 40
	DefaultHigh         = 70
	DefaultOffset       = 30.0
	DefaultScale        = 10.0
	DefaultMaxTextBytes = 1 << 20
)

func (o Options) withDefaults() Options {
	if o.Thresholds.Medium == 0 {
		o.Thresholds.Medium = DefaultMedium
	}
	if o.Thresholds.High == 0 {
		o.Thresholds.High = DefaultHigh
	}
	if o.Scoring.Offset == 0 {
		o.Scoring.Offset = DefaultOffset
	}
	if o.Scoring.Scale == 0 {
		o.Scoring.Scale = DefaultScale
	}
	if o.MaxTextBytes == 0 {
		o.MaxTextBytes = DefaultMaxTextBytes
	}
	return o
}

// ReadRegistry reads a CSV of registered company names (a header with a
// name, company or company_name column) for Options.RegisteredCompanies.
// Malformed rows are reported with their line numbers.
func ReadRegistry(r io.Reader, file string) ([]string, error) { return employer.ReadNames(r, file) }
