package main

import (
	"encoding/json"
	"io"
	"math"
	"slices"

	"github.com/jobscreen/jobscreen/screener/eval"
)

// calibrationJSON is calibrate's --format json report; its names are a
// contract, like eval's.
type calibrationJSON struct {
	File             string  `json:"file"`
	Adverts          int     `json:"adverts"`
	Scams            int     `json:"scams"`
	Honest           int     `json:"honest"`
	Groups           int     `json:"groups"`
	Folds            int     `json:"folds"`
	Seed             int64   `json:"seed"`
	MinHits          int     `json:"min_hits"`
	L2               float64 `json:"l2"`
	FalseAlarmWeight float64 `json:"false_alarm_weight"`
	Prevalence       float64 `json:"prevalence"`
	// Current measures the points in force on the whole file; CV the
	// fitted points on adverts they were not fitted on.
	Current eval.Metrics `json:"current"`
	CV      eval.Metrics `json:"cross_validated"`
	// Scoring is the curve the points file carries.
	Scoring scoringJSON  `json:"scoring"`
	Rules   []fittedRule `json:"rules"`
	Notes   []string     `json:"notes"`
}

type scoringJSON struct {
	Offset float64 `json:"offset"`
	Scale  float64 `json:"scale"`
}

// fittedRule is one fitted rule: its hits and both point values.
type fittedRule struct {
	ID        string `json:"id"`
	ScamsHit  int    `json:"scams_hit"`
	HonestHit int    `json:"honest_hit"`
	Current   int    `json:"current"`
	Fitted    int    `json:"fitted"`
}

// writeCalibrationJSON writes the figures of a calibration as one JSON
// document; the points file itself is written by -o as with text.
func writeCalibrationJSON(w io.Writer, c *calibration, prev float64) error {
	groups := map[string]bool{}
	for _, s := range c.Data.Samples {
		groups[s.Group] = true
	}
	out := calibrationJSON{File: c.Data.File, Adverts: c.Before.N, Scams: c.Before.Positives, Honest: c.Before.Negatives,
		Groups: len(groups), Folds: c.Folds, Seed: c.Seed, MinHits: c.MinHits, L2: c.Options.L2,
		FalseAlarmWeight: c.Options.FalseAlarmWeight, Prevalence: prev, Current: c.Before, CV: c.After,
		Scoring: scoringJSON{Offset: math.Round(c.Fit.Offset*10) / 10, Scale: c.Options.Scale},
		Rules:   []fittedRule{}, Notes: slices.Concat([]string{}, c.Before.Notes, c.After.Notes)}
	if c.Fit.Note != "" {
		out.Notes = append(out.Notes, c.Fit.Note)
	}
	for _, st := range c.Stats {
		if slices.Contains(c.Fitted, st.ID) {
			out.Rules = append(out.Rules, fittedRule{ID: st.ID, ScamsHit: st.HitsPos, HonestHit: st.HitsNeg,
				Current: c.Current[st.ID], Fitted: c.Fit.Points[st.ID]})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
