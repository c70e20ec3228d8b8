package config

import (
	"github.com/jobscreen/jobscreen/screener"
)

// Config is the whole configuration of one run. Each section is one field,
// so a new command's settings (batch:, serve: …) are one struct field plus
// their defaults in Defaults.
type Config struct {
	Thresholds     screener.Thresholds         `mapstructure:"thresholds" yaml:"thresholds"`
	Scoring        screener.Scoring            `mapstructure:"scoring" yaml:"scoring"`
	FailOn         string                      `mapstructure:"fail_on" yaml:"fail_on"`
	Format         string                      `mapstructure:"format" yaml:"format"`
	Color          string                      `mapstructure:"color" yaml:"color"`
	DisabledRules  []string                    `mapstructure:"disabled_rules" yaml:"disabled_rules"`
	Points         map[string]int              `mapstructure:"points" yaml:"points"`
	PointsFile     string                      `mapstructure:"points_file" yaml:"points_file"`
	RulePacks      []string                    `mapstructure:"rule_packs" yaml:"rule_packs"`
	NoDefaultPacks bool                        `mapstructure:"no_default_packs" yaml:"no_default_packs"`
	Countries      map[string]screener.Country `mapstructure:"countries" yaml:"countries"`
	Registry       string                      `mapstructure:"registry" yaml:"registry"`
	MaxTextBytes   int                         `mapstructure:"max_text_bytes" yaml:"max_text_bytes"`
	Serve          Serve                       `mapstructure:"serve" yaml:"serve"`
	Batch          Batch                       `mapstructure:"batch" yaml:"batch"`
}

// Batch is the `jobscreen batch` section.
type Batch struct {
	Format  string `mapstructure:"format" yaml:"format"`
	Workers int    `mapstructure:"workers" yaml:"workers"` // 0: one per CPU
	Excel   bool   `mapstructure:"excel" yaml:"excel"`
}

// Serve is the `jobscreen serve` section.
type Serve struct {
	Addr          string `mapstructure:"addr" yaml:"addr"`
	MaxBodyBytes  int64  `mapstructure:"max_body_bytes" yaml:"max_body_bytes"`
	MaxConcurrent int    `mapstructure:"max_concurrent" yaml:"max_concurrent"` // 0: four per CPU
}

// Allowed values of the enumerated keys.
var (
	FailOnValues = []string{"low", "medium", "high", "never"}
	FormatValues = []string{"text", "json"}
	ColorValues  = []string{"auto", "always", "never"}
	BatchFormats = []string{"csv", "ndjson", "json", "html"}
)

// MaxTextBytesLimit caps max_text_bytes: adverts are short, and the cap
// keeps a typo (an extra zero or three) from letting one input take all
// memory.
const MaxTextBytesLimit = 64 << 20

// Defaults returns the configuration used when nothing else is set. It
// mirrors the screener's own defaults, so `jobscreen config` shows the
// numbers actually in force rather than zeros.
func Defaults() Config {
	return Config{
		Thresholds:    screener.Thresholds{Medium: screener.DefaultMedium, High: screener.DefaultHigh},
		Scoring:       screener.Scoring{Offset: screener.DefaultOffset, Scale: screener.DefaultScale},
		FailOn:        "high",
		Format:        "text",
		Color:         "auto",
		DisabledRules: []string{},
		Points:        map[string]int{},
		RulePacks:     []string{},
		Countries:     map[string]screener.Country{},
		MaxTextBytes:  screener.DefaultMaxTextBytes,
		Serve:         Serve{Addr: "127.0.0.1:8080", MaxBodyBytes: 4 << 20},
		Batch:         Batch{Format: "csv"},
	}
}

// defaultKeys lists every key with its default as viper wants them: leaf
// keys, so that JOBSCREEN_THRESHOLDS_HIGH and friends are seen by
// AutomaticEnv, which only looks up keys viper already knows.
func defaultKeys() map[string]any {
	d := Defaults()
	return map[string]any{
		"thresholds.medium":    d.Thresholds.Medium,
		"thresholds.high":      d.Thresholds.High,
		"scoring.offset":       d.Scoring.Offset,
		"scoring.scale":        d.Scoring.Scale,
		"fail_on":              d.FailOn,
		"format":               d.Format,
		"color":                d.Color,
		"disabled_rules":       d.DisabledRules,
		"points":               d.Points,
		"points_file":          d.PointsFile,
		"rule_packs":           d.RulePacks,
		"no_default_packs":     d.NoDefaultPacks,
		"countries":            d.Countries,
		"registry":             d.Registry,
		"max_text_bytes":       d.MaxTextBytes,
		"serve.addr":           d.Serve.Addr,
		"serve.max_body_bytes": d.Serve.MaxBodyBytes,
		"serve.max_concurrent": d.Serve.MaxConcurrent,
		"batch.format":         d.Batch.Format,
		"batch.workers":        d.Batch.Workers,
		"batch.excel":          d.Batch.Excel,
	}
}
