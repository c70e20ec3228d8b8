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
}

func (a *app) evalCmd() *cobra.Command {
	var lf labelFlags
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

EMSCAD's export is read as it comes: the label is the column "fraudulent" and
"1" marks a scam. Other files name theirs with --label-column and --positive.
Rows that cannot be read are reported with their line and skipped (exit 3).`,
		Example: `  jobscreen eval emscad-dev.csv
  jobscreen eval reviewed.jsonl --label-column verdict --positive scam --format json
  jobscreen eval jobs.csv --prevalence 0.02 --disable shouting-text`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runEval(cmd, args[0], lf) },
	}
	addLabelFlags(cmd, &lf)
	f := cmd.Flags()
	f.String("format", "text", "output format: "+strings.Join(evalFormats, ", "))
	f.Float64("prevalence", defaultPrevalence, "share of scams among the adverts the figures should speak for")
	return cmd
}

func (a *app) runEval(cmd *cobra.Command, path string, lf labelFlags) error {
	format, _ := cmd.Flags().GetString("format")
	if !slices.Contains(evalFormats, format) {
		return usageError(fmt.Errorf("--format: %q is not allowed (allowed: %s)", format, strings.Join(evalFormats, ", ")))
	}
	prev, err := prevalenceFlag(cmd)
	if err != nil {
		return err
	}
	l, err := a.loadEvalConfig(cmd)
	if err != nil {
		return err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return err
	}
	ds, err := a.loadDataset(cmd.Context(), s, path, lf, l.Config.MaxTextBytes)
	if err != nil {
		return err
	}
	rep := newEvalReport(ds, lf, s, pointsOf(s, l.Config.DisabledRules), prev)
	switch format {
	case "json":
		return writeIndentedJSON(a, rep)
	case "markdown":
		return writeEvalMarkdown(a.stdout, rep)
	}
	return writeEvalText(a.stdout, rep)
}

// prevalenceFlag reads --prevalence, which must be a share strictly
// between 0 and 1 for the re-weighting to mean anything.
func prevalenceFlag(cmd *cobra.Command) (float64, error) {
	p, _ := cmd.Flags().GetFloat64("prevalence")
	if !(p > 0 && p < 1) {
		return 0, usageError(fmt.Errorf("--prevalence: %g is out of range (allowed: a share between 0 and 1, such as 0.0484)", p))
	}
	return p, nil
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
