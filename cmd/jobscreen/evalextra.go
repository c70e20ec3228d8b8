package main

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/eval"
)

// cvReport is what calibrate's fit achieves on adverts it was not fitted
// on, so that eval can put the in-sample and out-of-sample figures of one
// file side by side.
type cvReport struct {
	Folds   int             `json:"folds"`
	Seed    int64           `json:"seed"`
	Groups  int             `json:"groups"`
	Options eval.FitOptions `json:"options"`
	// MinHits is how often a rule had to fire to be fitted.
	MinHits int          `json:"min_hits"`
	Metrics eval.Metrics `json:"metrics"`
	// Fit holds the points fitted on the whole file; Fitted names the
	// rules it changed, and Current the points they had.
	Fit     eval.Fit       `json:"fit"`
	Fitted  []string       `json:"fitted"`
	Current map[string]int `json:"-"`
	Summary string         `json:"summary"`
}

// crossValidate runs calibrate's fit with its default settings.
func crossValidate(ds *dataset, s *screener.Screener, current map[string]int, folds int, seed int64, prev, scale float64) *cvReport {
	cf := calibrateFlags{folds: folds, seed: seed, minHits: defaultMinHits, l2: defaultL2,
		falseAlarm: defaultFalseAlarmWeight, maxPoints: defaultMaxPoints, prev: prev, scale: scale}
	c := calibrate(ds, s, current, cf)
	groups := map[string]bool{}
	for _, smp := range ds.Samples {
		groups[smp.Group] = true
	}
	return &cvReport{Folds: folds, Seed: seed, Groups: len(groups), Options: c.Options, MinHits: c.MinHits,
		Metrics: c.After, Fit: c.Fit, Fitted: c.Fitted, Current: current, Summary: c.summary()}
}

// honestReport is how the bundled honest look-alikes fare: adverts written
// to resemble scams (overseas recruiters, night shifts, fees to the
// government), which a screener must not condemn.
type honestReport struct {
	Files        []honestFile `json:"files"`
	High         int          `json:"high"`
	MediumOrHigh int          `json:"medium_or_high"`
	// HighShare is the share above medium (band high); MediumOrHighShare
	// the share at or above medium.
	HighShare         float64 `json:"high_share"`
	MediumOrHighShare float64 `json:"medium_or_high_share"`
}

// honestFile is one screened honest advert.
type honestFile struct {
	Name  string        `json:"name"`
	Score int           `json:"score"`
	Band  screener.Band `json:"band"`
	Rules []string      `json:"rules"`
}

// screenHonest screens every file the patterns match, as check would, and
// counts the false alarms. A pattern matching nothing is a usage error: a
// silent 0% would read as a perfect result.
func (a *app) screenHonest(ctx context.Context, s *screener.Screener, patterns []string, maxText int) (*honestReport, error) {
	var files []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil || len(m) == 0 {
			return nil, usageError(fmt.Errorf("--honest %s: matches no file", p))
		}
		files = append(files, m...)
	}
	slices.Sort(files)
	files = slices.Compact(files)
	h := &honestReport{Files: []honestFile{}}
	for _, name := range files {
		rep, err := a.screenOne(ctx, s, name, maxText)
		if err != nil {
			return nil, err
		}
		f := honestFile{Name: filepath.Base(name), Score: rep.Score, Band: rep.Band, Rules: []string{}}
		for _, fd := range rep.Findings {
			f.Rules = append(f.Rules, fd.RuleID)
		}
		h.Files = append(h.Files, f)
		if rep.Band == screener.High {
			h.High++
		}
		if rep.Band.Rank() >= screener.Medium.Rank() {
			h.MediumOrHigh++
		}
	}
	h.HighShare = float64(h.High) / float64(len(files))
	h.MediumOrHighShare = float64(h.MediumOrHigh) / float64(len(files))
	return h, nil
}

// cvSection writes the cross-validated figures beside the current ones.
func cvSection(d docWriter, rep evalReport) {
	cv := rep.CV
	d.heading("Fitted points, measured out of sample")
	d.para("%s", cv.Summary)
	d.table([]string{"figure", "current points", "fitted, cross-validated"}, compareRows(rep.Metrics, cv.Metrics))
	var rows [][]string
	for _, st := range rep.Rules {
		if slices.Contains(cv.Fitted, st.ID) {
			rows = append(rows, []string{st.ID, fmt.Sprintf("%+d", cv.Current[st.ID]), fmt.Sprintf("%+d", cv.Fit.Points[st.ID])})
		}
	}
	d.table([]string{"rule", "current", "fitted on the whole file"}, rows)
	d.para("Recommended scoring offset for the fitted points: %.1f at scale %g.", cv.Fit.Offset, cv.Options.Scale)
}

// honestSection writes the false alarms on the honest look-alikes.
func honestSection(d docWriter, h *honestReport) {
	d.heading("Honest look-alike adverts")
	d.para("%d honest adverts screened: %d (%s) in band high, %d (%s) at medium or above.",
		len(h.Files), h.High, pct(h.HighShare), h.MediumOrHigh, pct(h.MediumOrHighShare))
	var rows [][]string
	for _, f := range h.Files {
		rows = append(rows, []string{f.Name, fmt.Sprint(f.Score), string(f.Band)})
	}
	d.table([]string{"advert", "score", "band"}, rows)
}
