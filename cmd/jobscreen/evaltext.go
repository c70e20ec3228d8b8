package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/jobscreen/jobscreen/screener/eval"
)

// docWriter renders headings, paragraphs and tables, so that the text and
// Markdown reports are one sequence of sections and cannot drift apart.
type docWriter interface {
	heading(title string)
	para(format string, args ...any)
	table(head []string, rows [][]string)
	err() error
}

// textDoc writes a terminal report: plain headings, aligned columns.
type textDoc struct {
	w     io.Writer
	first bool
	e     error
}

func (d *textDoc) heading(title string) {
	if !d.first {
		d.printf("\n")
	}
	d.first = false
	d.printf("%s\n", title)
}

func (d *textDoc) para(format string, args ...any) { d.printf(format+"\n", args...) }

func (d *textDoc) table(head []string, rows [][]string) {
	tw := tabwriter.NewWriter(d.w, 0, 4, 2, ' ', 0)
	for _, r := range append([][]string{head}, rows...) {
		fmt.Fprintf(tw, "  %s\n", strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil && d.e == nil {
		d.e = err
	}
}

func (d *textDoc) printf(format string, args ...any) {
	if _, err := fmt.Fprintf(d.w, format, args...); err != nil && d.e == nil {
		d.e = err
	}
}

func (d *textDoc) err() error { return d.e }

// mdDoc writes GitHub-flavoured Markdown.
type mdDoc struct {
	textDoc
	level string // "## " or "### "
}

func (d *mdDoc) heading(title string) { d.printf("\n%s%s\n\n", d.level, title) }

func (d *mdDoc) para(format string, args ...any) { d.printf(format+"\n\n", args...) }

func (d *mdDoc) table(head []string, rows [][]string) {
	d.printf("| %s |\n", strings.Join(head, " | "))
	d.printf("|%s\n", strings.Repeat("---|", len(head)))
	for _, r := range rows {
		d.printf("| %s |\n", strings.ReplaceAll(strings.Join(r, " | "), "\n", " "))
	}
	d.printf("\n")
}

// writeEvalText writes the terminal report of eval.
func writeEvalText(w io.Writer, rep evalReport) error {
	d := &textDoc{w: w, first: true}
	evalSections(d, rep)
	return d.err()
}

// evalSections writes the figures of one evaluation.
func evalSections(d docWriter, rep evalReport) {
	m := rep.Metrics
	d.heading(fmt.Sprintf("Evaluation of %s", rep.File))
	d.para("%d labelled adverts: %d scams (%s = %s), %d honest; %d rows skipped, %d unlabelled.",
		m.N, m.Positives, rep.LabelColumn, rep.Positive, m.Negatives, rep.Skipped, rep.Unlabelled)
	d.heading("Ranking and precision")
	d.table([]string{"figure", "value", "what it means"}, figureRows(m))
	d.heading(fmt.Sprintf("Bands (flag score at or above the threshold; precision re-weighted to %s scams)", pct(m.Prevalence)))
	d.table([]string{"band", "score", "precision", "precision at prevalence", "recall", "F1", "FPR"}, bandRows(m))
	d.heading(fmt.Sprintf("Confusion matrix at %s", m.ConfusionAt))
	c := m.Confusion
	d.table([]string{"", "flagged", "not flagged"}, [][]string{
		{"scam", fmt.Sprint(c.TP), fmt.Sprint(c.FN)},
		{"honest", fmt.Sprint(c.FP), fmt.Sprint(c.TN)},
	})
	d.heading("Rules (by lift: rate among scams / rate among honest adverts)")
	rows, silent := ruleRows(rep.Rules)
	d.table([]string{"rule", "points", "scams hit", "honest hit", "lift", "lift points"}, rows)
	if len(silent) > 0 {
		d.para("%d rules never fired: %s.", len(silent), strings.Join(silent, ", "))
	}
	if g := rep.Garbled; g.Scams+g.Honest > 0 {
		d.heading("Data check")
		d.para("Text with broken encoding (mojibake such as \"we€™re\"): %d of %d scams, %d of %d honest adverts. "+
			"When one class shows it far more than the other, the file was put together along two paths, and a model "+
			"trained on its raw text would learn the path, not the fraud. No rule uses it.",
			g.Scams, m.Positives, g.Honest, m.Negatives)
	}
	for _, n := range m.Notes {
		d.para("Note: %s.", n)
	}
	if rep.CV != nil {
		cvSection(d, rep)
	}
	if rep.Honest != nil {
		honestSection(d, rep.Honest)
	}
}

// figureRows lists the summary figures with a plain reading of each.
func figureRows(m eval.Metrics) [][]string {
	rows := [][]string{
		{"ROC-AUC", f3(m.ROCAUC), "chance a random scam outscores a random honest advert"},
	}
	for _, p := range m.RecallAtFPR {
		at := "nothing can be flagged"
		if p.Flagged > 0 {
			at = fmt.Sprintf("flag score >= %.0f (FPR %s)", p.Score, pct(p.FPR))
		}
		rows = append(rows, []string{"recall at " + p.Label + " FPR", f3(p.Recall), at})
	}
	own := 0.0
	if m.N > 0 {
		own = float64(m.Positives) / float64(m.N)
	}
	return append(rows,
		[]string{"PR-AUC", f3(m.PRAUC), "average precision at this file's mix (" + pct(own) + " scams)"},
		[]string{"PR-AUC at prevalence", f3(m.PRAUCAtPrevalence), "average precision if " + pct(m.Prevalence) + " of adverts were scams"})
}

// bandRows lists the statistics at each band threshold.
func bandRows(m eval.Metrics) [][]string {
	var rows [][]string
	for _, t := range m.Thresholds {
		rows = append(rows, []string{t.Name, fmt.Sprintf("%.0f", t.Score), f3(t.Precision),
			f3(t.PrecisionAtPrevalence), f3(t.Recall), f3(t.F1), pct(t.FPR)})
	}
	return rows
}

// ruleRows lists the rules that fired, and names those that never did.
func ruleRows(rs []eval.RuleStats) (rows [][]string, silent []string) {
	for _, r := range rs {
		if r.HitsPos+r.HitsNeg == 0 {
			silent = append(silent, r.ID)
			continue
		}
		rows = append(rows, []string{r.ID, fmt.Sprintf("%+d", r.Points),
			fmt.Sprintf("%d (%s)", r.HitsPos, pct(r.RatePos)), fmt.Sprintf("%d (%s)", r.HitsNeg, pct(r.RateNeg)),
			fmt.Sprintf("%.2f", r.Lift), fmt.Sprintf("%+.0f", r.LiftPoints)})
	}
	return rows, silent
}

// f3 prints a figure in [0, 1] with three decimals.
func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

// pct prints a share as a percentage with the precision it deserves.
func pct(x float64) string {
	switch {
	case x == 0:
		return "0%"
	case x < 0.1:
		return fmt.Sprintf("%.2f%%", 100*x)
	}
	return fmt.Sprintf("%.1f%%", 100*x)
}

// writeEvalMarkdown writes eval's figures as a Markdown document.
func writeEvalMarkdown(w io.Writer, rep evalReport) error {
	d := &mdDoc{textDoc: textDoc{w: w}, level: "## "}
	evalSections(d, rep)
	return d.err()
}
