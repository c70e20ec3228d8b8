package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/jobscreen/jobscreen/cmd/jobscreen/internal/config"
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

// loadDataset reads path with package feed (the reader batch uses, with
// batch's --map), screens every labelled advert with s and groups
// near-duplicate descriptions. Malformed rows are reported with their
// location and skipped; a file without any label is a usage error, since
// the flags must name the column.
func (a *app) loadDataset(cmd *cobra.Command, s *screener.Screener, path string, lf labelFlags, maxBytes int) (*dataset, error) {
	ctx := cmd.Context()
	var err error
	if lf.mapping, err = parseMap(cmd); err != nil {
		return nil, err
	}
	items, ds, err := a.readLabelled(ctx, path, lf, maxBytes)
	if err != nil {
		return nil, err
	}
	samples, errs := screenItems(ctx, s, items, lf.positive)
	if err := ctx.Err(); err != nil {
		return nil, inputError(fmt.Errorf("interrupted"))
	}
	texts := make([]string, 0, len(items))
	for i, it := range items {
		if errs[i] != nil {
			a.skip(ds, fmt.Errorf("%s: %w", it.Source, errs[i]))
			continue
		}
		ds.Samples = append(ds.Samples, samples[i])
		texts = append(texts, groupText(it.Listing))
	}
	for i, key := range eval.Cluster(texts) {
		ds.Samples[i].Group = key
	}
	a.noteLabels(ds, lf)
	return ds, nil
}

// readLabelled reads the items that carry a label.
func (a *app) readLabelled(ctx context.Context, path string, lf labelFlags, maxBytes int) ([]feed.Item, *dataset, error) {
	r, err := feed.Open(ctx, path, feed.Options{LabelColumn: lf.column, Map: lf.mapping, MaxItemBytes: maxBytes, Stdin: a.stdin})
	if err != nil {
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
			return nil, nil, inputError(err)
		}
		return nil, nil, usageError(err) // a bad --map names an unknown field
	}
	defer r.Close()
	ds := &dataset{File: path}
	var items []feed.Item
	for it, ok := r.Next(); ok; it, ok = r.Next() {
		switch {
		case it.Err != nil:
			a.skip(ds, it.Err)
		case strings.TrimSpace(it.Label) == "":
			ds.Unlabelled++
		default:
			items = append(items, it)
		}
	}
	if r.Err() != nil {
		return nil, nil, inputError(r.Err())
	}
	for _, w := range r.Warnings() {
		if !strings.Contains(w, "no label column") { // said below, as an error
			a.warn("%s", w)
		}
	}
	switch {
	case len(items) > 0:
	case ds.Unlabelled == 0 && ds.Skipped > 0:
		return nil, nil, inputError(fmt.Errorf("%s: no row could be read", path))
	default:
		return nil, nil, usageError(fmt.Errorf("%s: no labelled rows: label column %q is missing or empty "+
			"(name it with --label-column, and the scam value with --positive)", path, lf.column))
	}
	return items, ds, nil
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

// screenItems screens items on every CPU and returns one sample per item,
// in input order, or the error that item met.
func screenItems(ctx context.Context, s *screener.Screener, items []feed.Item, positive string) ([]eval.Sample, []error) {
	samples := make([]eval.Sample, len(items))
	errs := make([]error, len(items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				rep, err := s.Screen(ctx, items[i].Listing)
				samples[i], errs[i] = sampleOf(items[i], rep, positive), err
			}
		})
	}
	for i := range items {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return samples, errs
}

// sampleOf turns one screened item into a labelled sample. Labels compare
// without case or surrounding space: "True", "true " and "TRUE" are one
// value in hand-made exports.
func sampleOf(it feed.Item, rep screener.Report, positive string) eval.Sample {
	ids := make([]string, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		ids = append(ids, f.RuleID)
	}
	return eval.Sample{
		ID:       it.Listing.ID,
		Positive: strings.EqualFold(strings.TrimSpace(it.Label), strings.TrimSpace(positive)),
		Score:    float64(rep.Score),
		Points:   rep.Points,
		Rules:    ids,
	}
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

// ruleIDs returns the keys of points, sorted.
func ruleIDs(points map[string]int) []string { return slices.Sorted(maps.Keys(points)) }
