package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener/eval"
)

// writeCalibration prints the before/after figures and the fitted points.
func writeCalibration(w io.Writer, c *calibration, prev float64) error {
	d := &textDoc{w: w, first: true}
	d.heading("Calibration on " + c.Data.File)
	d.para("%s", c.summary())
	d.heading("Before and after (the fitted points measured out of sample)")
	d.table([]string{"figure", "current points", "fitted, cross-validated"}, compareRows(c.Before, c.After))
	d.heading("Fitted points")
	d.table([]string{"rule", "scams hit", "honest hit", "current", "fitted"}, c.pointRows())
	d.para("%s", c.offsetAdvice(prev))
	for _, n := range append(c.Before.Notes, c.After.Notes...) {
		d.para("Note: %s.", n)
	}
	if c.Fit.Note != "" {
		d.para("Note: %s.", c.Fit.Note)
	}
	return d.err()
}

// summary says what was fitted and how it was checked.
func (c *calibration) summary() string {
	m, o := c.Before, c.Options
	groups := map[string]bool{}
	for _, s := range c.Data.Samples {
		groups[s.Group] = true
	}
	from := ""
	if n := c.Data.FromSamples; n > 0 {
		from = fmt.Sprintf(", %d of them from the samples table,", n)
	}
	return fmt.Sprintf("%d adverts (%d scams, %d honest)%s in %d near-duplicate groups. "+
		"%d-fold cross-validation keeps each group in one fold (seed %d). "+
		"L2 %g, false-alarm weight %g; %d rules that fired on at least %d adverts were fitted, "+
		"within 0..+%g points (legitimacy -%g..0); the other %d keep their points.",
		m.N, m.Positives, m.Negatives, from, len(groups), c.Folds, c.Seed, o.L2, o.FalseAlarmWeight,
		len(c.Fitted), c.MinHits, c.maxPoints(), c.maxPoints(), len(c.Current)-len(c.Fitted))
}

// maxPoints is the cap the fitted rules were given.
func (c *calibration) maxPoints() float64 {
	hi := 0.0
	for _, id := range c.Fitted {
		hi = max(hi, c.Options.Bounds[id].Max, -c.Options.Bounds[id].Min)
	}
	return hi
}

// compareRows sets the figures of two evaluations side by side.
func compareRows(before, after eval.Metrics) [][]string {
	rows := [][]string{{"ROC-AUC", f3(before.ROCAUC), f3(after.ROCAUC)}}
	for i, p := range before.RecallAtFPR {
		a := 0.0
		if i < len(after.RecallAtFPR) {
			a = after.RecallAtFPR[i].Recall
		}
		rows = append(rows, []string{"recall at " + p.Label + " FPR", f3(p.Recall), f3(a)})
	}
	rows = append(rows,
		[]string{"PR-AUC", f3(before.PRAUC), f3(after.PRAUC)},
		[]string{"PR-AUC at " + pct(before.Prevalence), f3(before.PRAUCAtPrevalence), f3(after.PRAUCAtPrevalence)})
	for i, t := range before.Thresholds {
		if i >= len(after.Thresholds) {
			break
		}
		u := after.Thresholds[i]
		rows = append(rows,
			[]string{fmt.Sprintf("%s band: recall / FPR", t.Name), f3(t.Recall) + " / " + pct(t.FPR), f3(u.Recall) + " / " + pct(u.FPR)},
			[]string{fmt.Sprintf("%s band: precision at %s", t.Name, pct(before.Prevalence)), f3(t.PrecisionAtPrevalence), f3(u.PrecisionAtPrevalence)})
	}
	return rows
}

// pointRows lists every fitted rule with its hits and both point values.
func (c *calibration) pointRows() [][]string {
	var rows [][]string
	for _, st := range c.Stats {
		if !slices.Contains(c.Fitted, st.ID) {
			continue
		}
		rows = append(rows, []string{st.ID, fmt.Sprintf("%d (%s)", st.HitsPos, pct(st.RatePos)),
			fmt.Sprintf("%d (%s)", st.HitsNeg, pct(st.RateNeg)),
			fmt.Sprintf("%+d", c.Current[st.ID]), fmt.Sprintf("%+d", c.Fit.Points[st.ID])})
	}
	return rows
}

// offsetAdvice recommends the scoring offset the fit implies.
func (c *calibration) offsetAdvice(prev float64) string {
	return fmt.Sprintf("Recommended scoring: offset %.1f at scale %g. With the fitted points it makes a score "+
		"the chance that an advert is a scam where %s of adverts are, lowered by the false-alarm weight. "+
		"The points file carries it (scoring: {offset: %.1f, scale: %g}); a scoring section in the config file wins over it.",
		c.Fit.Offset, c.Options.Scale, pct(prev), c.Fit.Offset, c.Options.Scale)
}

// writePointsFile writes the fitted points as a points_file, with the
// figures behind them in a comment header. Only fitted rules are listed,
// so the others keep whatever the packs and config give them.
func (a *app) writePointsFile(path string, c *calibration, prev float64) error {
	if path == "" {
		return nil
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Rule points fitted by `jobscreen calibrate` on %s.\n", filepath.Base(c.Data.File))
	fmt.Fprintf(&b, "# Use it with `points_file: <this file>` in jobscreen.yaml; points and scoring\n")
	fmt.Fprintf(&b, "# set in the config file win over the ones here.\n#\n")
	for _, line := range wrap(c.summary(), 76) {
		fmt.Fprintf(&b, "# %s\n", line)
	}
	b.WriteString("#\n")
	var t bytes.Buffer
	(&textDoc{w: &t}).table([]string{"figure", "current points", "fitted, cross-validated"}, compareRows(c.Before, c.After))
	for _, line := range strings.Split(strings.TrimRight(t.String(), "\n"), "\n") {
		fmt.Fprintf(&b, "#%s\n", strings.TrimRight(line, " "))
	}
	fmt.Fprintf(&b, "#\n# The scoring curve makes a score the chance that an advert is a scam where\n")
	fmt.Fprintf(&b, "# %s of adverts are (less the false-alarm weight's preference).\n", pct(prev))
	fmt.Fprintf(&b, "scoring: {offset: %.1f, scale: %g}\npoints:\n", c.Fit.Offset, c.Options.Scale)
	for _, id := range c.Fitted {
		fmt.Fprintf(&b, "  %s: %d\n", id, c.Fit.Points[id])
	}
	if path == "-" {
		_, err := a.stdout.Write(b.Bytes())
		return err
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return inputError(fmt.Errorf("points file: %w", err))
	}
	fmt.Fprintf(a.stderr, "jobscreen: wrote %d fitted points to %s\n", len(c.Fitted), path)
	return nil
}

// wrap breaks text into lines of at most width bytes at spaces.
func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
