package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobscreen/jobscreen/cmd/jobscreen/internal/config"
	"github.com/jobscreen/jobscreen/internal/ordered"
	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/eval"
	"github.com/jobscreen/jobscreen/screener/feed"
)

// maxRowWarnings bounds the skipped-row messages: a file with thousands of
// bad rows needs the first few to be fixed, not a wall of text.
const maxRowWarnings = 20

// labelFlags are the flags eval and calibrate share to read labelled data.
type labelFlags struct {
	column, positive string
	mapping          map[string]string
}

// addLabelFlags adds the labelled-data flags. The defaults read EMSCAD's
// export as it comes, the corpus the figures in docs/EVALUATION.md use.
func addLabelFlags(cmd *cobra.Command, lf *labelFlags) {
	f := cmd.Flags()
	f.StringVar(&lf.column, "label-column", "fraudulent", "column (or JSON key) that holds the label")
	f.StringVar(&lf.positive, "positive", "1", "label value that marks a scam; every other value is honest")
	f.StringArray("map", nil, "column=field for a column jobscreen does not recognise (repeatable), as batch takes it")
	f.StringSlice("disable", nil, "rule id to switch off (repeatable; config: disabled_rules)")
	f.Int("max-text-bytes", screener.DefaultMaxTextBytes, "largest advert in bytes; larger rows are skipped")
}

// dataset is a labelled file as the screener saw it: one sample per
// labelled advert, in file order, with its near-duplicate group.
type dataset struct {
	File       string
	Samples    []eval.Sample
	Skipped    int // rows that could not be read or screened
	Unlabelled int // rows with an empty label
	// FromSamples counts the rows added from a samples table (--samples).
	FromSamples int
	// GarbledScams and GarbledHonest count the labelled rows whose text
	// carries mojibake (see eval.Garbled), by label.
	GarbledScams, GarbledHonest int
}

// loadEvalConfig is loadConfig without binding --format: eval's formats
// (markdown) are not the config key format's (text, json), and a report
// format is a property of the run, not of the user's setup.
func (a *app) loadEvalConfig(cmd *cobra.Command) (*config.Loaded, error) {
	fs := pflag.NewFlagSet(cmd.Name(), pflag.ContinueOnError)
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Name != "format" {
			fs.AddFlag(f)
		}
	})
	l, err := config.Load(config.Request{Flags: fs, FlagKeys: flagKeys(), ConfigFile: a.configFile})
	if err != nil {
		return nil, usageError(err)
	}
	return l, nil
}

// loadLabelled is what eval and calibrate both start with: the configuration
// (without --format), the screener it builds, and the labelled file read
// and screened with it.
func (a *app) loadLabelled(cmd *cobra.Command, path string, lf labelFlags) (*config.Loaded, *screener.Screener, *dataset, error) {
	l, err := a.loadEvalConfig(cmd)
	if err != nil {
		return nil, nil, nil, err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return nil, nil, nil, err
	}
	ds, err := a.loadDataset(cmd, s, path, lf, l.Config.MaxTextBytes)
	if err != nil {
		return nil, nil, nil, err
	}
	return l, s, ds, nil
}

// loadDataset reads path with package feed (the reader batch uses, with
// batch's --map), screens every labelled advert with s and groups
// near-duplicate descriptions. It streams: a bounded window of rows is in
// flight, and each screened row leaves behind only its sample (the rule
// ids that fired) and a fixed-size text sketch for the grouping, so memory
// grows by about a kilobyte per row, not by the advert or its report.
// Malformed rows are reported with their location, in file order, and
// skipped; a file without any label is a usage error, since the flags must
// name the column.
func (a *app) loadDataset(cmd *cobra.Command, s *screener.Screener, path string, lf labelFlags, maxBytes int) (*dataset, error) {
	ctx := cmd.Context()
	var err error
	if lf.mapping, err = parseMap(cmd); err != nil {
		return nil, err
	}
	r, err := feed.Open(ctx, path, feed.Options{LabelColumn: lf.column, Map: lf.mapping, MaxItemBytes: maxBytes, Stdin: a.stdin})
	if err != nil {
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
			return nil, inputError(err)
		}
		return nil, usageError(err) // a bad --map names an unknown field
	}
	defer r.Close()
	ds := &dataset{File: path}
	var sketches []eval.Sketch
	err = screenStream(ctx, s, r, lf.positive, func(row evalRow) {
		switch {
		case row.err != nil:
			a.skip(ds, row.err)
		case row.unlabelled:
			ds.Unlabelled++
		default:
			ds.Samples = append(ds.Samples, row.sample)
			sketches = append(sketches, row.sketch)
			ds.countGarbled(row)
		}
	})
	if err != nil {
		return nil, inputError(fmt.Errorf("interrupted"))
	}
	if r.Err() != nil {
		return nil, inputError(r.Err())
	}
	for _, w := range r.Warnings() {
		if !strings.Contains(w, "no label column") { // said below, as an error
			a.warn("%s", w)
		}
	}
	switch {
	case len(ds.Samples) > 0:
	case ds.Unlabelled == 0 && ds.Skipped > 0:
		return nil, inputError(fmt.Errorf("%s: no row could be read", path))
	default:
		return nil, usageError(fmt.Errorf("%s: no labelled rows: label column %q is missing or empty "+
			"(name it with --label-column, and the scam value with --positive)", path, lf.column))
	}
	for i, key := range eval.ClusterSketches(sketches) {
		ds.Samples[i].Group = key
	}
	a.noteLabels(ds, lf)
	return ds, nil
}

// evalRow is what one row of a labelled file leaves behind once screened.
type evalRow struct {
	sample     eval.Sample
	sketch     eval.Sketch
	err        error // the row could not be read or screened
	unlabelled bool  // the row has no label and was not screened
	garbled    bool  // the row's text carries mojibake
}

// countGarbled counts a screened row whose text carries mojibake.
func (ds *dataset) countGarbled(row evalRow) {
	switch {
	case !row.garbled:
	case row.sample.Positive:
		ds.GarbledScams++
	default:
		ds.GarbledHonest++
	}
}

// garbledListing reports whether any text field of l carries mojibake.
func garbledListing(l screener.Listing) bool {
	for _, t := range [...]string{l.Title, l.Body, l.Requirements, l.Benefits, l.CompanyProfile} {
		if eval.Garbled(t) {
			return true
		}
	}
	return false
}

// screenStream reads r to the end, screening the labelled rows on every
// CPU, and calls emit with one evalRow per row in input order. At most a
// window of rows (four per worker) is in flight at once. It returns
// ctx.Err() when interrupted; the rows emitted until then are whole.
func screenStream(ctx context.Context, s *screener.Screener, r *feed.Reader, positive string, emit func(evalRow)) error {
	workers := runtime.NumCPU()
	return ordered.Map(ctx, workers, 4*workers, r.Next,
		func(ctx context.Context, it feed.Item) evalRow { return screenRow(ctx, s, it, positive) },
		func(row evalRow) error { emit(row); return nil })
}

// screenRow screens one labelled item; unlabelled rows are counted, not
// screened.
func screenRow(ctx context.Context, s *screener.Screener, it feed.Item, positive string) evalRow {
	switch {
	case it.Err != nil:
		return evalRow{err: it.Err}
	case strings.TrimSpace(it.Label) == "":
		return evalRow{unlabelled: true}
	}
	rep, err := s.Screen(ctx, it.Listing)
	if err != nil {
		return evalRow{err: fmt.Errorf("%s: %w", it.Source, err)}
	}
	return evalRow{sample: sampleOf(it, rep, positive), sketch: eval.NewSketch(groupText(it.Listing)),
		garbled: garbledListing(it.Listing)}
}

// skip reports one unusable row; the first maxRowWarnings are shown.
func (a *app) skip(ds *dataset, err error) {
	ds.Skipped++
	if ds.Skipped <= maxRowWarnings {
		a.warn("skipped: %v", err)
	} else if ds.Skipped == maxRowWarnings+1 {
		a.warn("more rows skipped; only the first %d are shown", maxRowWarnings)
	}
	a.report(exitInput)
}

// noteLabels warns about label values that suggest a wrong --positive: a
// value never seen, or more than two distinct values.
func (a *app) noteLabels(ds *dataset, lf labelFlags) {
	if ds.Unlabelled > 0 {
		a.warn("%s: %d rows have no %s value and were left out", ds.File, ds.Unlabelled, lf.column)
	}
	pos := 0
	for _, s := range ds.Samples {
		if s.Positive {
			pos++
		}
	}
	if pos == 0 || pos == len(ds.Samples) {
		a.warn("%s: %d of %d rows have %s = %q: one class only, so most figures are undefined (check --positive)",
			ds.File, pos, len(ds.Samples), lf.column, lf.positive)
	}
}

// groupText is the text near-duplicates are judged by: the description,
// which a board reposting one advert in many cities leaves unchanged.
func groupText(l screener.Listing) string {
	if strings.TrimSpace(l.Body) != "" {
		return l.Body
	}
	return l.Title + "\n" + l.Requirements
}

// sampleOf turns one screened item into a labelled sample. Labels compare
// without case or surrounding space: "True", "true " and "TRUE" are one
// value in hand-made exports.
func sampleOf(it feed.Item, rep screener.Report, positive string) eval.Sample {
	// A clone: the reader's ID shares one string with its whole row, which
	// keeping the ID would keep alive for the rest of the run.
	return reportSample(strings.Clone(it.Listing.ID),
		strings.EqualFold(strings.TrimSpace(it.Label), strings.TrimSpace(positive)), rep)
}

// reportSample is the labelled sample of one screened report.
func reportSample(id string, positive bool, rep screener.Report) eval.Sample {
	ids := make([]string, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		ids = append(ids, f.RuleID)
	}
	return eval.Sample{ID: id, Positive: positive, Score: float64(rep.Score), Points: rep.Points, Rules: ids}
}

// addSamples screens the adverts a samples table lists and adds them to ds
// as labelled rows. The table is laid out as samples/expect.tsv: a header
// line, then file<TAB>label<TAB>… with files relative to the table and the
// label "scam" or "honest". Each advert is a near-duplicate group of its own.
func (a *app) addSamples(ctx context.Context, s *screener.Screener, ds *dataset, table string, maxText int) error {
	f, err := os.Open(table)
	if err != nil {
		return inputError(err)
	}
	defer f.Close()
	dir := filepath.Dir(table)
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		cols := strings.Split(text, "\t")
		if line == 1 || strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		label := ""
		if len(cols) >= 2 {
			label = strings.TrimSpace(cols[1])
		}
		if label != "scam" && label != "honest" {
			return inputError(fmt.Errorf("%s:%d: label %q: want file<TAB>label with label scam or honest", table, line, label))
		}
		rep, err := a.screenOne(ctx, s, filepath.Join(dir, cols[0]), maxText)
		if err != nil {
			return err
		}
		smp := reportSample(cols[0], label == "scam", rep)
		smp.Group = "sample:" + cols[0]
		ds.Samples = append(ds.Samples, smp)
		ds.FromSamples++
	}
	if err := sc.Err(); err != nil {
		return inputError(fmt.Errorf("%s: %w", table, err))
	}
	return nil
}

// pointsOf returns the effective points of every reported rule in force.
func pointsOf(s *screener.Screener, disabled []string) map[string]int {
	pts := map[string]int{}
	for _, r := range s.Rules() {
		if !r.Internal && !slices.Contains(disabled, r.ID) {
			pts[r.ID] = r.Points
		}
	}
	return pts
}
