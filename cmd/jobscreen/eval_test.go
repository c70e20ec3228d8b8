package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// emscadDev is the EMSCAD development split, kept outside the repository.
const emscadDev = "../../../shared/data/emscad-dev.csv"

// Texts of the synthetic labelled set: scams carry fee, WhatsApp and
// high-pay signs, honest adverts a registered employer and a selection
// process, so that the default rules separate them.
const (
	synthScam = "Data entry operators required, work from home. Salary Rs 1,50,000 per month, " +
		"no experience needed. Pay registration fee Rs 1,500 on JazzCash and send CNIC on WhatsApp 0301-5526913. "
	synthHonest = "Brightline Technologies Private Limited (CIN U72900KA2015PTC082345) is hiring an accounts officer. " +
		"Shortlisted candidates will be called for a written test and a panel interview. We never charge a fee. "
)

// fillerWords make each synthetic advert's description different, so
// that near-duplicate grouping sees many groups, as in real data.
var fillerWords = strings.Fields("ledger invoice harbour orchard canvas pylon meadow quartz lantern " +
	"tundra saffron walnut garnet bramble cobalt falcon juniper marble nectar osprey pewter quill " +
	"raven sorrel thistle umber velvet willow yarrow zephyr amber birch cedar dahlia ember fennel")

// synthRows returns n labelled adverts in EMSCAD's columns, scams first
// with the given share, each with its own filler sentence.
func synthRows(n int, scamShare float64, seed uint64) [][]string {
	r := rand.New(rand.NewPCG(seed, 1))
	rows := [][]string{{"job_id", "title", "description", "company_profile", "has_company_logo", "fraudulent"}}
	for i := range n {
		scam := float64(i) < scamShare*float64(n)
		words := make([]string, 14)
		for j := range words {
			words[j] = fillerWords[r.IntN(len(fillerWords))]
		}
		body, profile, logo, label := synthHonest, "A registered software firm.", "1", "0"
		if scam {
			body, profile, logo, label = synthScam, "", "0", "1"
		}
		// A few scams look honest and vice versa, so figures are not all 1.
		if i%7 == 3 {
			body = synthHonest
		}
		rows = append(rows, []string{fmt.Sprint(i + 1), "Officer", body + strings.Join(words, " ") + ".", profile, logo, label})
	}
	return rows
}

// writeCSV writes rows as a CSV file in a temp dir.
func writeCSV(t *testing.T, name string, rows [][]string) string {
	t.Helper()
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, name, []byte(b.String()))
}

// evalJSON runs eval with JSON output and decodes it.
func evalJSON(t *testing.T, args ...string) (evalReport, result) {
	t.Helper()
	r := jobscreen(t, "", append([]string{"eval", "--format", "json"}, args...)...)
	var rep evalReport
	if r.code == exitOK || r.code == exitInput {
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatalf("eval JSON: %v\n%s", err, r.stdout)
		}
	}
	return rep, r
}

func TestEvalSynthetic(t *testing.T) {
	t.Parallel()
	path := writeCSV(t, "labelled.csv", synthRows(60, 0.5, 1))
	rep, r := evalJSON(t, path)
	r.want(t, exitOK, nil, nil)
	m := rep.Metrics
	if m.N != 60 || m.Positives != 30 || m.Negatives != 30 {
		t.Errorf("counts n=%d pos=%d neg=%d, want 60/30/30", m.N, m.Positives, m.Negatives)
	}
	if m.ROCAUC < 0.7 || m.ROCAUC > 1 {
		t.Errorf("ROC-AUC %.3f, want the default rules to separate the synthetic set", m.ROCAUC)
	}
	if len(m.RecallAtFPR) != 2 || len(m.Thresholds) != 2 || m.ConfusionAt != "high" || m.Prevalence != defaultPrevalence {
		t.Errorf("missing figures: %+v", m)
	}
	if len(rep.Rules) == 0 || rep.LabelColumn != "fraudulent" || rep.Positive != "1" {
		t.Errorf("report header or rule table missing: %+v", rep)
	}
	text := jobscreen(t, "", "eval", path)
	text.want(t, exitOK, []string{"ROC-AUC", "recall at 1% FPR", "PR-AUC at prevalence", "Confusion matrix at high", "lift"}, nil)
	md := jobscreen(t, "", "eval", "--format", "markdown", path)
	md.want(t, exitOK, []string{"## Ranking and precision", "| ROC-AUC |"}, nil)
}

func TestEvalLabelFlags(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i, row := range synthRows(40, 0.5, 2)[1:] {
		verdict := map[string]string{"1": "Scam", "0": "ok"}[row[5]]
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "description": row[2], "verdict": verdict})
		b.Write(append(line, '\n'))
	}
	path := writeFile(t, "reviewed.jsonl", []byte(b.String()))
	rep, r := evalJSON(t, "--label-column", "verdict", "--positive", "scam", path)
	r.want(t, exitOK, nil, nil)
	if rep.Metrics.Positives != 20 || rep.Metrics.Negatives != 20 {
		t.Errorf("positives %d, negatives %d; want 20 and 20 (labels compare without case)", rep.Metrics.Positives, rep.Metrics.Negatives)
	}
	// The default label column is absent from this file: a usage error that
	// says what to do.
	jobscreen(t, "", "eval", path).want(t, exitUsage, nil,
		[]string{`label column "fraudulent" is missing or empty`, "--label-column"})
	// Columns the reader does not know are named as batch names them.
	rows := [][]string{{"ref", "blurb", "fraudulent"}}
	for _, row := range synthRows(20, 0.5, 3)[1:] {
		rows = append(rows, []string{row[0], row[2], row[5]})
	}
	mapped := writeCSV(t, "mapped.csv", rows)
	rep, r = evalJSON(t, "--map", "blurb=body", "--map", "ref=id", mapped)
	r.want(t, exitOK, nil, nil)
	if rep.Metrics.ROCAUC < 0.7 {
		t.Errorf("ROC-AUC %.3f with --map blurb=body: the descriptions were not screened", rep.Metrics.ROCAUC)
	}
	jobscreen(t, "", "eval", "--map", "nonsense", mapped).want(t, exitUsage, nil, []string{"want column=field"})
}

func TestEvalMalformedRows(t *testing.T) {
	t.Parallel()
	rows := synthRows(20, 0.5, 3)
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.WriteAll(rows[:6])
	b.WriteString("99,too,few\n") // line 7: wrong number of fields
	_ = w.WriteAll(rows[6:])
	path := writeFile(t, "bad.csv", []byte(b.String()))
	rep, r := evalJSON(t, path)
	r.want(t, exitInput, nil, []string{"skipped: ", "bad.csv:7", "fields"})
	if rep.Skipped != 1 || rep.Metrics.N != 20 {
		t.Errorf("skipped %d, n %d; want 1 and 20", rep.Skipped, rep.Metrics.N)
	}
}

func TestEvalUsage(t *testing.T) {
	t.Parallel()
	path := writeCSV(t, "labelled.csv", synthRows(10, 0.5, 4))
	for name, tt := range map[string]struct {
		args   []string
		code   int
		stderr string
	}{
		"bad format":     {[]string{"eval", "--format", "xml", path}, exitUsage, `"xml" is not allowed`},
		"bad prevalence": {[]string{"eval", "--prevalence", "5", path}, exitUsage, "--prevalence"},
		"no file":        {[]string{"eval"}, exitUsage, "accepts 1 arg"},
		"missing file":   {[]string{"eval", "no-such.csv"}, exitInput, "no-such.csv"},
		"bad map":        {[]string{"eval", "--map", "x=nofield", path}, exitUsage, "unknown field"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			jobscreen(t, "", tt.args...).want(t, tt.code, nil, []string{tt.stderr})
		})
	}
}

// TestEvalEMSCAD guards the measured accuracy on real adverts. The floors
// are the figures of the default packs (ROC-AUC 0.835, recall 0.394 at 1%
// FPR) and of calibrate's fit out of sample (ROC-AUC 0.820) when they were
// last set, less a margin for rule changes that trade a little ranking on
// this US data for fewer false alarms elsewhere.
func TestEvalEMSCAD(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat(emscadDev); err != nil {
		t.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	const floor, cvFloor, recallFloor = 0.79, 0.78, 0.30
	rep, r := evalJSON(t, "--cv", "5", emscadDev)
	r.want(t, exitOK, nil, nil)
	if rep.Metrics.N != 690 || rep.Metrics.ROCAUC < floor {
		t.Errorf("n %d, ROC-AUC %.3f; want 690 adverts and ROC-AUC >= %.2f", rep.Metrics.N, rep.Metrics.ROCAUC, floor)
	}
	if got := rep.Metrics.RecallAtFPR[0]; got.MaxFPR != 0.01 || got.Recall < recallFloor {
		t.Errorf("recall at %s FPR %.3f; want >= %.2f", got.Label, got.Recall, recallFloor)
	}
	if rep.CV == nil || rep.CV.Metrics.ROCAUC < cvFloor {
		t.Errorf("cross-validated fit: %+v; want ROC-AUC >= %.2f", rep.CV, cvFloor)
	}
}

func TestEvalCrossValidationAndHonestSamples(t *testing.T) {
	t.Parallel()
	path := writeCSV(t, "labelled.csv", synthRows(60, 0.5, 8))
	rep, r := evalJSON(t, "--cv", "3", "--honest", "../../samples/honest-pk-*.txt", "--honest", honestSample, path)
	r.want(t, exitOK, nil, nil)
	if rep.CV == nil || rep.CV.Folds != 3 || rep.CV.Metrics.N != 60 || len(rep.CV.Fitted) == 0 {
		t.Errorf("cross-validation missing or incomplete: %+v", rep.CV)
	}
	h := rep.Honest
	if h == nil || len(h.Files) < 2 || h.MediumOrHigh < h.High || h.MediumOrHighShare > 1 {
		t.Fatalf("honest samples missing or inconsistent: %+v", h)
	}
	for i := 1; i < len(h.Files); i++ {
		if h.Files[i].Name == h.Files[i-1].Name {
			t.Errorf("%s screened twice though two patterns matched it", h.Files[i].Name)
		}
	}
	jobscreen(t, "", "eval", "--honest", "no-such-dir/*.txt", path).want(t, exitUsage, nil, []string{"matches no file"})
	jobscreen(t, "", "eval", "--cv", "1", path).want(t, exitUsage, nil, []string{"--cv"})
}

func TestEvalTemplate(t *testing.T) {
	t.Parallel()
	path := writeCSV(t, "labelled.csv", synthRows(40, 0.5, 9))
	tmpl := writeFile(t, "report.md.tmpl", []byte(
		"AUC {{ f3 .Metrics.ROCAUC }}; profile on {{ pct (rule \"no-company-profile\").RatePos }} of scams\n"+
			"{{ $s := silent \"no-company-profile\" }}unseen {{ $s.Scams }} in {{ $s.Groups }}, ceiling {{ f3 $s.Ceiling.ROCAUC }}; "+
			"garbled {{ .Garbled.Scams }}/{{ .Garbled.Honest }} = {{ pct (frac 1 4) }}\n"+
			"{{ figuresTable .Metrics }}\n{{ sections \"honest\" }}\n"))
	r := jobscreen(t, "", "eval", "--template", tmpl, "--honest", honestSample, path)
	// Every synthetic scam has a blank profile, so no-company-profile sees
	// them all: none is unseen, and ranking them first separates perfectly.
	r.want(t, exitOK, []string{"AUC ", "profile on ", "unseen 0 in 0, ceiling 1.000; garbled 0/0 = 25.0%",
		"| ROC-AUC |", "### Honest look-alike adverts"}, nil)
	bad := writeFile(t, "bad.tmpl", []byte("{{ .NoSuchField }}"))
	jobscreen(t, "", "eval", "--template", bad, path).want(t, exitUsage, nil, []string{"--template"})
}

func TestEvalReportsGarbledText(t *testing.T) {
	t.Parallel()
	rows := synthRows(30, 0.5, 4)
	// Two scams were pasted through the wrong character set, one honest
	// advert keeps its typographic apostrophe, and one names a euro salary.
	rows[1][2] += " We€™re hiring now."
	rows[2][3] = "Weâ€™re a staffing firm."
	rows[20][2] += " We’re a family firm paying €2,000 a month."
	path := writeCSV(t, "garbled.csv", rows)
	jobscreen(t, "", "eval", path).want(t, exitOK,
		[]string{"Data check", "2 of 15 scams, 0 of 15 honest adverts", "No rule uses it."}, nil)
	rep, r := evalJSON(t, path)
	r.want(t, exitOK, nil, nil)
	if rep.Garbled != (garbledCounts{Scams: 2, Honest: 0}) {
		t.Errorf("garbled_text = %+v, want 2 scams, 0 honest", rep.Garbled)
	}
	clean := jobscreen(t, "", "eval", writeCSV(t, "clean.csv", synthRows(30, 0.5, 4)))
	clean.want(t, exitOK, nil, nil)
	if strings.Contains(clean.stdout, "Data check") {
		t.Errorf("a file without mojibake got a data check:\n%s", clean.stdout)
	}
}

// TestEvalInterrupted cancels the run (Ctrl-C) while eval reads the file:
// it must end with the interruption, and must not report the rows it
// stopped screening as unreadable ("skipped: …: context canceled").
func TestEvalInterrupted(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	_ = csv.NewWriter(&b).WriteAll(synthRows(1500, 0.5, 5))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &cancelAfter{r: strings.NewReader(b.String()), n: b.Len() / 2, cancel: cancel}
	var out, errb bytes.Buffer
	code := run(ctx, []string{"eval", "-"}, in, &out, &errb)
	if code != exitInput || !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String(), "skipped") {
		t.Errorf("exit %d, stderr:\n%s", code, errb.String())
	}
}

// cancelAfter reads r a row's worth at a time, as a pipe would deliver
// it, and calls cancel once more than n bytes have been read.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel func()
}

func (c *cancelAfter) Read(p []byte) (int, error) {
	k, err := c.r.Read(p[:min(len(p), 100)])
	if c.n -= k; c.n < 0 {
		c.cancel()
	}
	return k, err
}
