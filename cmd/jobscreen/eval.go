package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/eval"
)

// defaultPrevalence is the scam share of the full EMSCAD corpus (866 of
// 17,880 adverts): the best published guess at what a job board sees, and
// far from the 63% of the development split.
const defaultPrevalence = 0.0484

// evalFormats are the output formats of eval.
var evalFormats = []string{"text", "json", "markdown"}

// evalReport is what eval prints; its JSON names are a contract.
type evalReport struct {
	File        string           `json:"file"`
	LabelColumn string           `json:"label_column"`
	Positive    string           `json:"positive"`
	Skipped     int              `json:"skipped"`
	Unlabelled  int              `json:"unlabelled"`
	Thresholds  map[string]int   `json:"thresholds"`
	Metrics     eval.Metrics     `json:"metrics"`
	Rules       []eval.RuleStats `json:"rules"`
	// CV is set with --cv: calibrate's fit, measured out of sample.
	CV *cvReport `json:"cross_validated,omitempty"`
	// Honest is set with --honest: the false alarms on honest adverts.
	Honest *honestReport `json:"honest_samples,omitempty"`
	// Garbled counts the adverts whose text carries mojibake, by label.
	Garbled garbledCounts `json:"garbled_text"`

	// samples and bandScores stay out of the JSON; templates measure
	// subsets of the adverts with them.
	samples    []eval.Sample
	bandScores map[string]float64
}

// garbledCounts counts adverts with mojibake among scams and honest adverts.
type garbledCounts struct {
	Scams  int `json:"scams"`
	Honest int `json:"honest"`
}

// evalFlags are eval's own settings.
type evalFlags struct {
	format, template string
	prev             float64
	cv               int
	seed             int64
	honest           []string
	labels           labelFlags
}

func (a *app) evalCmd() *cobra.Command {
	var ef evalFlags
	cmd := &cobra.Command{
		Use:   "eval FILE",
		Short: "Measure how well the scores separate labelled scams from honest adverts",
		Long: `eval screens every advert of a labelled file (CSV, TSV, JSON Lines, JSON or a
directory, read as batch reads them) and measures the scores against the labels:

  ROC-AUC          the chance a random scam outscores a random honest advert
  recall at FPR    the share of scams caught while flagging at most 1% (5%) of
                   honest adverts
  PR-AUC           average precision, at the file's mix and re-weighted to
                   --prevalence, the share of scams a job board actually sees
  bands            precision, recall and F1 when flagging medium and above,
                   and high, with the confusion matrix at high
  rules            how often each rule fires among scams and honest adverts
  data check       adverts whose text carries mojibake ("we€™re"), by label:
                   when one class has it and the other not, the classes were
                   collected apart, and raw-text models learn that, not fraud

EMSCAD's export is read as it comes: the label is the column "fraudulent" and
"1" marks a scam. Other files name theirs with --label-column and --positive.
Rows that cannot be read are reported with their line and skipped (exit 3).

--cv K adds what calibrate's fit achieves out of sample (K-fold cross-validation,
near-duplicates kept in one fold); --honest PATTERN screens honest adverts (a
file or a glob, quoted) and reports the share of false alarms. --template FILE
renders a Go text/template of the report instead (docs/evaluation.md.tmpl makes
docs/EVALUATION.md).`,
		Example: `  jobscreen eval emscad-dev.csv
  jobscreen eval reviewed.jsonl --label-column verdict --positive scam --format json
  jobscreen eval jobs.csv --prevalence 0.02 --disable shouting-text
  jobscreen eval emscad-dev.csv --cv 5 --honest 'samples/honest-*' --format markdown`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runEval(cmd, args[0], ef) },
	}
	addLabelFlags(cmd, &ef.labels)
	f := cmd.Flags()
	f.StringVar(&ef.format, "format", "text", "output format: "+strings.Join(evalFormats, ", "))
	f.Float64Var(&ef.prev, "prevalence", defaultPrevalence, "share of scams among the adverts the figures should speak for")
	f.IntVar(&ef.cv, "cv", 0, "also cross-validate calibrate's fit with this many folds (0: no)")
	f.Int64Var(&ef.seed, "seed", defaultSeed, "seed of the cross-validation folds")
	f.StringArrayVar(&ef.honest, "honest", nil, "honest advert file or quoted glob to count false alarms on (repeatable)")
	f.StringVar(&ef.template, "template", "", "render this Go text/template file with the report instead of --format")
	return cmd
}

func (a *app) runEval(cmd *cobra.Command, path string, ef evalFlags) error {
	if err := ef.check(); err != nil {
		return err
	}
	l, s, ds, err := a.loadLabelled(cmd, path, ef.labels)
	if err != nil {
		return err
	}
	current := pointsOf(s, l.Config.DisabledRules)
	rep := newEvalReport(ds, ef.labels, s, current, ef.prev)
	if ef.cv > 0 {
		rep.CV = crossValidate(ds, s, current, ef.cv, ef.seed, ef.prev, l.Config.Scoring.Scale)
	}
	if len(ef.honest) > 0 {
		if rep.Honest, err = a.screenHonest(cmd.Context(), s, ef.honest, l.Config.MaxTextBytes); err != nil {
			return err
		}
	}
	return a.writeEval(rep, ef)
}

// check rejects flags that cannot be honoured before any work is done.
func (ef evalFlags) check() error {
	if !slices.Contains(evalFormats, ef.format) {
		return usageError(fmt.Errorf("--format: %q is not allowed (allowed: %s)", ef.format, strings.Join(evalFormats, ", ")))
	}
	if !(ef.prev > 0 && ef.prev < 1) {
		return usageError(fmt.Errorf("--prevalence: %g is out of range (allowed: a share between 0 and 1, such as 0.0484)", ef.prev))
	}
	if ef.cv == 1 || ef.cv < 0 {
		return usageError(fmt.Errorf("--cv: %d is out of range (allowed: 0 for none, or 2 folds or more)", ef.cv))
	}
	return nil
}

// writeEval writes the report in the format asked for.
func (a *app) writeEval(rep evalReport, ef evalFlags) error {
	switch {
	case ef.template != "":
		return writeEvalTemplate(a.stdout, ef.template, rep)
	case ef.format == "json":
		return writeIndentedJSON(a, rep)
	case ef.format == "markdown":
		return writeEvalMarkdown(a.stdout, rep)
	}
	return writeEvalText(a.stdout, rep)
}

// newEvalReport measures a dataset's scores with the screener's bands.
func newEvalReport(ds *dataset, lf labelFlags, s *screener.Screener, points map[string]int, prev float64) evalReport {
	th := bandThresholds(s)
	thf := map[string]float64{}
	for name, v := range th {
		thf[name] = float64(v)
	}
	return evalReport{
		File: ds.File, LabelColumn: lf.column, Positive: lf.positive,
		Skipped: ds.Skipped, Unlabelled: ds.Unlabelled, Thresholds: th,
		Metrics: eval.Evaluate(ds.Samples, prev, thf),
		Rules:   eval.PerRule(ds.Samples, points),
		Garbled: garbledCounts{Scams: ds.GarbledScams, Honest: ds.GarbledHonest},
		samples: ds.Samples, bandScores: thf,
	}
}

// bandThresholds names the score at which each flagging band starts.
func bandThresholds(s *screener.Screener) map[string]int {
	t := s.Thresholds()
	return map[string]int{string(screener.Medium): t.Medium, string(screener.High): t.High}
}

// writeIndentedJSON writes v as one indented JSON document.
func writeIndentedJSON(a *app, v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
