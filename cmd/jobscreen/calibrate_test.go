package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// readPoints decodes a points file the way a reader of it would.
func readPoints(t *testing.T, path string) map[string]int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var pf struct {
		Points map[string]int `yaml:"points"`
	}
	if err := yaml.Unmarshal(data, &pf); err != nil {
		t.Fatalf("points file is not YAML: %v\n%s", err, data)
	}
	return pf.Points
}

func TestCalibrateWritesAPointsFileTheConfigLoads(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	data := writeCSV(t, "labelled.csv", synthRows(80, 0.5, 5))
	out := filepath.Join(dir, "points.yaml")
	r := jobscreen(t, "", "calibrate", data, "-o", out)
	r.want(t, exitOK, []string{"ROC-AUC", "current points", "fitted, cross-validated", "Fitted points",
		"no-company-profile", "Recommended scoring: offset"}, []string{"wrote", out})
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Rule points fitted by `jobscreen calibrate`", "\nscoring: {offset: ", "5-fold", "ROC-AUC"} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("points file lacks %q:\n%s", want, raw)
		}
	}
	pts := readPoints(t, out)
	if p, ok := pts["no-company-profile"]; !ok || p <= 0 || p > defaultMaxPoints {
		t.Errorf("no-company-profile fitted to %d (listed %v), want 1..%d: it separates the synthetic set", p, ok, defaultMaxPoints)
	}
	for id, p := range pts {
		if p < -defaultMaxPoints || p > defaultMaxPoints {
			t.Errorf("%s: %d points, beyond the cap of %d", id, p, defaultMaxPoints)
		}
	}
	// The file loads back through points_file, and its points are in force.
	cfg := filepath.Join(dir, "jobscreen.yaml")
	if err := os.WriteFile(cfg, []byte("points_file: points.yaml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	list := jobscreen(t, "", "--config", cfg, "rules", "list", "--format", "json")
	list.want(t, exitOK, nil, nil)
	var rows []ruleRow
	if err := json.Unmarshal([]byte(list.stdout), &rows); err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if p, ok := pts[row.ID]; ok && p != row.Points {
			t.Errorf("%s: %d points in force, %d in the points file", row.ID, row.Points, p)
		}
	}
	jobscreen(t, "", "--config", cfg, "eval", data).want(t, exitOK, []string{"ROC-AUC"}, nil)
	// The fitted curve is loaded with the points.
	jobscreen(t, "", "--config", cfg, "config").want(t, exitOK, []string{"offset: ", "# from points file"}, nil)
}

func TestCalibrateJSON(t *testing.T) {
	t.Parallel()
	data := writeCSV(t, "labelled.csv", synthRows(80, 0.5, 5))
	r := jobscreen(t, "", "calibrate", data, "--format", "json")
	r.want(t, exitOK, nil, nil)
	var got calibrationJSON
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if got.Adverts != 80 || got.Folds != defaultFolds || got.Scoring.Scale != 10 || len(got.Rules) == 0 {
		t.Errorf("report = %+v", got)
	}
	if got.CV.ROCAUC <= 0.5 || got.Current.ROCAUC <= 0.5 {
		t.Errorf("ROC-AUC current %.3f, cross-validated %.3f: the synthetic set separates", got.Current.ROCAUC, got.CV.ROCAUC)
	}
	jobscreen(t, "", "calibrate", data, "--format", "csv").want(t, exitUsage, nil, []string{"--format", "allowed: text, json"})
}

func TestCalibrateIsDeterministic(t *testing.T) {
	t.Parallel()
	data := writeCSV(t, "labelled.csv", synthRows(60, 0.4, 6))
	a := jobscreen(t, "", "calibrate", data, "-o", "-", "--min-hits", "5")
	b := jobscreen(t, "", "calibrate", data, "-o", "-", "--min-hits", "5")
	a.want(t, exitOK, []string{"points:\n"}, []string{"Fitted points"})
	if a.stdout != b.stdout || a.stderr != b.stderr {
		t.Errorf("two runs differ:\n%s\n---\n%s", a.stdout, b.stdout)
	}
	if strings.Contains(a.stdout, "Fitted points") {
		t.Errorf("with -o -, the figures belong on stderr, not in the points file:\n%s", a.stdout)
	}
}

func TestCalibrateUsage(t *testing.T) {
	t.Parallel()
	data := writeCSV(t, "labelled.csv", synthRows(10, 0.5, 7))
	for name, tt := range map[string]struct {
		args   []string
		stderr string
	}{
		"one fold":          {[]string{"--folds", "1"}, "--folds: 1 is out of range"},
		"no false alarms":   {[]string{"--false-alarm-weight", "0"}, "--false-alarm-weight"},
		"cap over limit":    {[]string{"--max-points", "41"}, "--max-points"},
		"bad prevalence":    {[]string{"--prevalence", "1"}, "--prevalence"},
		"no label column":   {[]string{"--label-column", "verdict"}, `label column "verdict" is missing or empty`},
		"label flags apply": {[]string{"--map", "x=nope"}, "unknown field"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{"calibrate", data}, tt.args...)
			jobscreen(t, "", args...).want(t, exitUsage, nil, []string{tt.stderr})
		})
	}
}

func TestEvalAndCalibrateHelp(t *testing.T) {
	t.Parallel()
	for _, cmd := range []string{"eval", "calibrate"} {
		jobscreen(t, "", cmd, "--help").want(t, exitOK, []string{"Usage:", "Examples:", "--label-column", "--positive"}, nil)
	}
}

func TestCalibrateHoldKeepsPoints(t *testing.T) {
	t.Parallel()
	data := writeCSV(t, "labelled.csv", synthRows(80, 0.5, 5))
	out := filepath.Join(t.TempDir(), "points.yaml")
	jobscreen(t, "", "calibrate", data, "-o", out, "--hold", "no-company-profile").want(t, exitOK, nil, nil)
	if p, ok := readPoints(t, out)["no-company-profile"]; ok {
		t.Errorf("held rule no-company-profile was fitted to %d", p)
	}
}

// --samples adds the adverts a samples table lists, labelled by it, to the
// fit; a label other than scam or honest is an input error with its line.
func TestCalibrateSamples(t *testing.T) {
	t.Parallel()
	data := writeCSV(t, "labelled.csv", synthRows(80, 0.5, 5))
	dir := t.TempDir()
	for _, name := range []string{"scam-pk-call-centre-1-lakh.txt", "honest-pk-short-listing.txt"} {
		b, err := os.ReadFile(filepath.Join("../../samples", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	table := filepath.Join(dir, "expect.tsv")
	write := func(body string) {
		if err := os.WriteFile(table, []byte("file\tlabel\tmin_band\tmax_band\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("scam-pk-call-centre-1-lakh.txt\tscam\thigh\thigh\nhonest-pk-short-listing.txt\thonest\tlow\tlow\n")
	jobscreen(t, "", "calibrate", data, "--samples", table).
		want(t, exitOK, []string{"82 adverts", "2 of them from the samples table"}, nil)
	write("honest-pk-short-listing.txt\tmaybe\n")
	jobscreen(t, "", "calibrate", data, "--samples", table).
		want(t, exitInput, nil, []string{"expect.tsv:2", `label "maybe"`, "scam or honest"})
}

// --fit-packs holds every rule outside the named packs.
func TestCalibrateFitPacks(t *testing.T) {
	t.Parallel()
	data := writeCSV(t, "labelled.csv", synthRows(80, 0.5, 5))
	out := filepath.Join(t.TempDir(), "points.yaml")
	jobscreen(t, "", "calibrate", data, "-o", out, "--fit-packs", "structured").want(t, exitOK, nil, nil)
	pts := readPoints(t, out)
	if _, ok := pts["no-company-profile"]; !ok {
		t.Errorf("structured rule no-company-profile was not fitted: %v", pts)
	}
	jobscreen(t, "", "calibrate", data, "--fit-packs", "no-such-pack").
		want(t, exitUsage, nil, []string{`no pack "no-such-pack"`, "allowed:", "structured"})
}
