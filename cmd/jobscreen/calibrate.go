package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/eval"
)

// Calibration defaults, chosen on EMSCAD's dev split (see
// docs/EVALUATION.md) and meant to be sane elsewhere.
const (
	// defaultMaxPoints caps a fitted rule at 25 points either way: below
	// the pack limit of 40, so that no single sign can carry an advert
	// from nothing to the high band alone.
	defaultMaxPoints = 25
	// defaultMinHits is how often a rule must fire in the file to be
	// fitted. A rule seen on a handful of adverts would get points from
	// noise, and one never seen would be fitted to 0 and so switched off
	// for every advert unlike this file's; such rules keep their points.
	defaultMinHits = 10
	// defaultL2 is the precision of the prior on each rule's weight in
	// log-odds: 1 keeps a rule that is seen only a few dozen times from
	// claiming more than its evidence supports.
	defaultL2 = 1.0
	// defaultFalseAlarmWeight counts an honest advert's error twice a
	// scam's: telling a real employer's applicants to stay away costs
	// trust the tool cannot win back.
	defaultFalseAlarmWeight = 2.0
	defaultFolds            = 5
	defaultSeed             = 1
)

// calibrateFormats are the formats of calibrate's figures.
var calibrateFormats = []string{"text", "json"}

// calibration is the outcome of one calibrate run.
type calibration struct {
	Data    *dataset
	Options eval.FitOptions
	Folds   int
	Seed    int64
	MinHits int
	// Before measures the points in force; After the cross-validated fit.
	Before, After eval.Metrics
	Fit           eval.Fit
	Current       map[string]int
	Fitted        []string // ids of the rules whose points were fitted
	Stats         []eval.RuleStats
}

// calibrateFlags are calibrate's own settings.
type calibrateFlags struct {
	out, format     string
	samples         string // a samples table (file, label) added to the data
	hold, packs     []string
	folds, minHits  int
	seed            int64
	l2, falseAlarm  float64
	maxPoints, prev float64
	scale           float64 // points per log-odds unit, from the config
	labels          labelFlags
}

func (a *app) calibrateCmd() *cobra.Command {
	var cf calibrateFlags
	cmd := &cobra.Command{
		Use:   "calibrate FILE",
		Short: "Fit the rules' points to labelled adverts and write a points file",
		Long: `calibrate screens a labelled file (read as eval reads it), fits every rule's
points by logistic regression on which rules fired, and measures the fit out of
sample: 5-fold cross-validation with near-duplicate adverts kept in one fold.

Points are bounded: scam signs 0 to +25, legitimacy signs -25 to 0, so no
single rule decides alone. An L2 penalty keeps rarely seen rules modest, and
--false-alarm-weight above 1 states a preference against flagging honest
adverts. Rules that fired on fewer than --min-hits adverts keep their points,
as do rules named with --hold and rules outside --fit-packs (to fit some
packs' rules around the others). --samples adds hand-labelled adverts listed
in a table (file<TAB>label, as samples/expect.tsv) to the data.

It prints the figures of the current points beside the cross-validated ones
(--format json for a machine-readable report) and, with -o, writes a points
file to use as points_file in the config. The file holds the fitted points
and the scoring curve they were fitted for (scoring: {offset, scale}): the
offset turns a score into the chance that an advert is a scam at
--prevalence. Points and scoring set in the config file win over the points
file. The same file and flags always give the same result.`,
		Example: `  jobscreen calibrate emscad-dev.csv -o calibrated.yaml
  echo "points_file: calibrated.yaml" >> jobscreen.yaml
  jobscreen calibrate reviewed.jsonl --label-column verdict --positive scam --false-alarm-weight 4
  jobscreen calibrate emscad-dev.csv --format json | jq '.scoring, .cross_validated.roc_auc'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runCalibrate(cmd, args[0], cf) },
	}
	addLabelFlags(cmd, &cf.labels)
	f := cmd.Flags()
	f.StringVarP(&cf.out, "output", "o", "", "write the points file here (- for standard output)")
	f.StringVar(&cf.format, "format", "text", "format of the figures: "+strings.Join(calibrateFormats, ", "))
	f.Float64Var(&cf.prev, "prevalence", defaultPrevalence, "share of scams the recommended offset and re-weighted figures assume")
	f.IntVar(&cf.folds, "folds", defaultFolds, "cross-validation folds")
	f.Int64Var(&cf.seed, "seed", defaultSeed, "seed of the fold assignment")
	f.IntVar(&cf.minHits, "min-hits", defaultMinHits, "fit only rules that fired on at least this many adverts")
	f.StringVar(&cf.samples, "samples", "", "also fit on the adverts this table lists (file<TAB>label scam|honest, as samples/expect.tsv)")
	f.StringSliceVar(&cf.packs, "fit-packs", nil, "fit only the rules of these packs and hold every other rule (repeatable)")
	f.StringSliceVar(&cf.hold, "hold", nil, "rule id whose points stay as they are while the others are fitted (repeatable)")
	f.Float64Var(&cf.l2, "l2", defaultL2, "L2 penalty on each rule's weight (log-odds units)")
	f.Float64Var(&cf.falseAlarm, "false-alarm-weight", defaultFalseAlarmWeight, "weight of an honest advert's error against a scam's 1")
	f.Float64Var(&cf.maxPoints, "max-points", defaultMaxPoints, "largest fitted points of any rule, either way")
	return cmd
}

func (a *app) runCalibrate(cmd *cobra.Command, path string, cf calibrateFlags) error {
	if err := cf.check(); err != nil {
		return err
	}
	l, s, ds, err := a.loadLabelled(cmd, path, cf.labels)
	if err != nil {
		return err
	}
	if err := checkPacks(s, cf.packs); err != nil {
		return err
	}
	if cf.samples != "" {
		if err := a.addSamples(cmd.Context(), s, ds, cf.samples, l.Config.MaxTextBytes); err != nil {
			return err
		}
	}
	cf.scale = l.Config.Scoring.Scale
	c := calibrate(ds, s, pointsOf(s, l.Config.DisabledRules), cf)
	figures := a.stdout
	if cf.out == "-" {
		figures = a.stderr // stdout is the points file
	}
	write := writeCalibration
	if cf.format == "json" {
		write = writeCalibrationJSON
	}
	if err := write(figures, c, cf.prev); err != nil {
		return err
	}
	return a.writePointsFile(cf.out, c, cf.prev)
}

// check rejects settings the fit cannot honour.
func (cf calibrateFlags) check() error {
	bad := func(flag string, v any, allowed string) error {
		return usageError(fmt.Errorf("--%s: %v is out of range (allowed: %s)", flag, v, allowed))
	}
	switch {
	case !slices.Contains(calibrateFormats, cf.format):
		return usageError(fmt.Errorf("--format: %q is not allowed (allowed: %s)", cf.format, strings.Join(calibrateFormats, ", ")))
	case !(cf.prev > 0 && cf.prev < 1):
		return bad("prevalence", cf.prev, "a share between 0 and 1, such as 0.0484")
	case cf.folds < 2:
		return bad("folds", cf.folds, "2 or more")
	case cf.l2 < 0:
		return bad("l2", cf.l2, "0 or more")
	case cf.falseAlarm <= 0:
		return bad("false-alarm-weight", cf.falseAlarm, "more than 0; above 1 prefers fewer false alarms")
	case cf.maxPoints < 1 || cf.maxPoints > eval.PointsLimit:
		return bad("max-points", cf.maxPoints, fmt.Sprintf("1 to %d", eval.PointsLimit))
	case cf.minHits < 1:
		return bad("min-hits", cf.minHits, "1 or more")
	}
	return nil
}

// checkPacks reports a --fit-packs name that no loaded rule belongs to.
func checkPacks(s *screener.Screener, packs []string) error {
	known := map[string]bool{}
	for _, r := range s.Rules() {
		known[s.PackOf(r.ID)] = true
	}
	for _, p := range packs {
		if !known[p] {
			return usageError(fmt.Errorf("--fit-packs: no pack %q is loaded; allowed: %s",
				p, strings.Join(slices.Sorted(maps.Keys(known)), ", ")))
		}
	}
	return nil
}

// calibrate fits the points, cross-validates the fit and measures the
// points in force for comparison.
func calibrate(ds *dataset, s *screener.Screener, current map[string]int, cf calibrateFlags) *calibration {
	c := &calibration{Data: ds, Folds: cf.folds, Seed: cf.seed, MinHits: cf.minHits, Current: current,
		Stats: eval.PerRule(ds.Samples, current)}
	c.Options = eval.FitOptions{L2: cf.l2, FalseAlarmWeight: cf.falseAlarm, Prevalence: cf.prev,
		Scale: cf.scale, Bounds: map[string]eval.Bound{}}
	groups := map[string]string{}
	for _, r := range s.Rules() {
		groups[r.ID] = r.Group
	}
	for _, st := range c.Stats {
		cur := float64(current[st.ID])
		held := slices.Contains(cf.hold, st.ID) || len(cf.packs) > 0 && !slices.Contains(cf.packs, s.PackOf(st.ID))
		if st.HitsPos+st.HitsNeg < cf.minHits || held {
			c.Options.Bounds[st.ID] = eval.Bound{Min: cur, Max: cur} // kept as it is
			continue
		}
		c.Fitted = append(c.Fitted, st.ID)
		c.Options.Bounds[st.ID] = eval.Bound{Min: 0, Max: cf.maxPoints}
		if groups[st.ID] == "legitimacy" {
			c.Options.Bounds[st.ID] = eval.Bound{Min: -cf.maxPoints, Max: 0}
		}
	}
	slices.Sort(c.Fitted)
	th := map[string]float64{}
	for name, v := range bandThresholds(s) {
		th[name] = float64(v)
	}
	ids := slices.Sorted(maps.Keys(current))
	c.Before = eval.Evaluate(ds.Samples, cf.prev, th)
	c.After, _ = eval.CrossValidate(ds.Samples, ids, cf.folds, cf.seed, c.Options, cf.prev, th)
	c.Fit = eval.FitPoints(ds.Samples, ids, c.Options)
	return c
}
