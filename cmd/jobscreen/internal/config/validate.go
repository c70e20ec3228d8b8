package config

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

// TopKeys returns the top-level config keys, in the order of Config.
func TopKeys() []string {
	t := reflect.TypeOf(Config{})
	keys := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		keys = append(keys, t.Field(i).Tag.Get("mapstructure"))
	}
	return keys
}

// validate collects every bad value, each named with where it came from,
// so one run shows all that needs fixing.
func (l *Loaded) validate() error {
	c := &l.Config
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s (from %s): %s", key, l.Source(key), fmt.Sprintf(format, args...)))
	}
	for key, pair := range map[string][2]any{
		"fail_on":      {c.FailOn, FailOnValues},
		"format":       {c.Format, FormatValues},
		"color":        {c.Color, ColorValues},
		"batch.format": {c.Batch.Format, BatchFormats},
	} {
		v, allowed := pair[0].(string), pair[1].([]string)
		if !slices.Contains(allowed, v) {
			bad(key, "%q is not allowed (allowed: %s)", v, strings.Join(allowed, ", "))
		}
	}
	t := c.Thresholds
	if t.Medium <= 0 || t.High <= t.Medium || t.High > 100 {
		bad("thresholds", "need 0 < medium < high <= 100, got medium %d, high %d", t.Medium, t.High)
	}
	if c.Scoring.Scale <= 0 {
		bad("scoring.scale", "must be a positive number, got %g", c.Scoring.Scale)
	}
	if c.MaxTextBytes <= 0 || c.MaxTextBytes > MaxTextBytesLimit {
		bad("max_text_bytes", "%d is out of range (allowed: 1 to %d)", c.MaxTextBytes, MaxTextBytesLimit)
	}
	if c.Batch.Workers < 0 {
		bad("batch.workers", "%d is out of range (allowed: 0 for one per CPU, or more)", c.Batch.Workers)
	}
	if c.Serve.MaxBodyBytes <= 0 || c.Serve.MaxConcurrent < 0 {
		bad("serve", "max_body_bytes must be positive and max_concurrent 0 (automatic) or more, got %d and %d", c.Serve.MaxBodyBytes, c.Serve.MaxConcurrent)
	}
	for id, p := range c.Points {
		if p < -rules.PointsLimit || p > rules.PointsLimit {
			bad("points."+id, "%d is out of range (allowed: %d to %d)", p, -rules.PointsLimit, rules.PointsLimit)
		}
	}
	for code := range c.Countries {
		if len(code) != 2 || strings.ToUpper(code) != code || !isLetters(code) {
			bad("countries."+strings.ToLower(code), "%q is not a country code (allowed: ISO 3166 alpha-2, such as PK or IN)", code)
		}
	}
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errors.Join(errs...)
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// FailBand returns the band at or above which a check fails, and false for
// "never".
func (c Config) FailBand() (screener.Band, bool) {
	b, ok := screener.ParseBand(c.FailOn)
	return b, ok
}

// upperKeys restores the upper-case country codes viper folded to lower
// case, since ISO codes are written upper-case everywhere else.
func upperKeys(m map[string]screener.Country) map[string]screener.Country {
	out := make(map[string]screener.Country, len(m))
	for k, v := range m {
		out[strings.ToUpper(k)] = v
	}
	return out
}
