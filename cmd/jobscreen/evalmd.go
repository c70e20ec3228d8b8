package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/eval"
)

// writeEvalTemplate renders a text/template file with the report, so that
// a document such as docs/EVALUATION.md keeps its prose in a file anyone
// can edit while every figure in it is regenerated from the data.
func writeEvalTemplate(w io.Writer, path string, rep evalReport) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return inputError(fmt.Errorf("--template: %w", err))
	}
	t, err := template.New(path).Funcs(templateFuncs(rep)).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return usageError(fmt.Errorf("--template: %w", err))
	}
	if err := t.Execute(w, rep); err != nil {
		return usageError(fmt.Errorf("--template: %w", err))
	}
	return nil
}

// templateFuncs are the helpers a report template can call: number
// formats, one rule's or band's figures, and ready-made Markdown tables of
// the sections the text report prints.
func templateFuncs(rep evalReport) template.FuncMap {
	return template.FuncMap{
		"f3":  f3,
		"pct": pct,
		"frac": func(a, b int) float64 {
			if b == 0 {
				return 0
			}
			return float64(a) / float64(b)
		},
		"signed": func(n int) string { return fmt.Sprintf("%+d", n) },
		"share": func(m eval.Metrics) float64 {
			if m.N == 0 {
				return 0
			}
			return float64(m.Positives) / float64(m.N)
		},
		"rule": func(id string) eval.RuleStats {
			for _, r := range rep.Rules {
				if r.ID == id {
					return r
				}
			}
			return eval.RuleStats{ID: id}
		},
		"band": func(name string) eval.ThresholdStats {
			for _, t := range rep.Metrics.Thresholds {
				if t.Name == name {
					return t
				}
			}
			return eval.ThresholdStats{Name: name}
		},
		"figuresTable": func(m eval.Metrics) string {
			return mdTable([]string{"figure", "value", "what it means"}, figureRows(m))
		},
		"bandsTable": func(m eval.Metrics) string {
			return mdTable([]string{"band", "score", "precision", "precision at prevalence", "recall", "F1", "FPR"}, bandRows(m))
		},
		"compareTable": func(before, after eval.Metrics) string {
			return mdTable([]string{"figure", "current points", "fitted, cross-validated"}, compareRows(before, after))
		},
		"rulesTable": func() string {
			rows, _ := ruleRows(rep.Rules)
			return mdTable([]string{"rule", "points", "scams hit", "honest hit", "lift", "lift points"}, rows)
		},
		"silentRules": func() string { _, silent := ruleRows(rep.Rules); return strings.Join(silent, ", ") },
		"sections":    func(section string) string { return mdSection(section, rep) },
		// silent measures the scams on which none of the given rules fired
		// (see eval.SilentFor), counting those still flagged at medium.
		"silent": func(rules ...string) eval.Silent {
			return eval.SilentFor(rep.samples, rules, rep.bandScores[string(screener.Medium)], rep.Metrics.Prevalence, rep.bandScores)
		},
	}
}

// mdTable renders one Markdown table.
func mdTable(head []string, rows [][]string) string {
	var b strings.Builder
	(&mdDoc{textDoc: textDoc{w: &b}}).table(head, rows)
	return strings.TrimRight(b.String(), "\n")
}

// mdSection renders one of the report's optional sections ("cv",
// "honest") or "all" of it, with headings one level below the document's.
func mdSection(section string, rep evalReport) string {
	var b strings.Builder
	d := &mdDoc{textDoc: textDoc{w: &b}, level: "### "}
	switch {
	case section == "cv" && rep.CV != nil:
		cvSection(d, rep)
	case section == "honest" && rep.Honest != nil:
		honestSection(d, rep.Honest)
	case section == "all":
		evalSections(d, rep)
	}
	return strings.TrimSpace(b.String())
}
