package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chdirTemp moves the test into a fresh directory holding a jobscreen.yaml
// with the given content (none when ""), and returns the scam sample's
// absolute path, which the move would otherwise break.
func chdirTemp(t *testing.T, yaml string) string {
	t.Helper()
	sample, err := filepath.Abs(scamSample)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if yaml != "" {
		if err := os.WriteFile(filepath.Join(dir, "jobscreen.yaml"), []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return sample
}

// TestConfigPrecedence checks flag > env > config file > defaults, in what
// `config` shows and in how `check` behaves. It changes the working
// directory and environment, so it does not run in parallel.
func TestConfigPrecedence(t *testing.T) {
	t.Run("defaults only", func(t *testing.T) {
		chdirTemp(t, "")
		r := jobscreen(t, "", "config")
		r.want(t, exitOK, []string{"fail_on: high\n", "medium: 40\n", "max_text_bytes: 1048576\n"}, nil)
		if first, _, _ := strings.Cut(r.stdout, "\n"); first != "# no config file; defaults, environment and flags only" {
			t.Errorf("first line %q", first)
		}
		if strings.Contains(r.stdout, "# from") {
			t.Errorf("defaults annotated with a source:\n%s", r.stdout)
		}
	})
	t.Run("file", func(t *testing.T) {
		sample := chdirTemp(t, "fail_on: never\nthresholds: {medium: 30, high: 80}\n")
		jobscreen(t, "", "config").want(t, exitOK, []string{
			"# config file: jobscreen.yaml\n", "fail_on: never # from config file jobscreen.yaml",
			"medium: 30 # from config file", "format: text\n"}, nil)
		jobscreen(t, "", "check", sample).want(t, exitOK, nil, nil)
	})
	t.Run("env beats file", func(t *testing.T) {
		sample := chdirTemp(t, "fail_on: never\n")
		t.Setenv("JOBSCREEN_FAIL_ON", "low")
		t.Setenv("JOBSCREEN_THRESHOLDS_HIGH", "90")
		jobscreen(t, "", "config").want(t, exitOK, []string{
			"fail_on: low # from env JOBSCREEN_FAIL_ON", "high: 90 # from env JOBSCREEN_THRESHOLDS_HIGH"}, nil)
		jobscreen(t, "", "check", sample).want(t, exitFail, nil, nil)
	})
	t.Run("flag beats env", func(t *testing.T) {
		sample := chdirTemp(t, "fail_on: low\n")
		t.Setenv("JOBSCREEN_FAIL_ON", "low")
		jobscreen(t, "", "config", "--fail-on", "never").want(t, exitOK, []string{"fail_on: never # from flag --fail-on"}, nil)
		jobscreen(t, "", "check", "--fail-on", "never", sample).want(t, exitOK, nil, nil)
	})
	t.Run("bad env value names the variable", func(t *testing.T) {
		chdirTemp(t, "")
		t.Setenv("JOBSCREEN_MAX_TEXT_BYTES", "lots")
		jobscreen(t, "", "config").want(t, exitUsage, nil, []string{"max_text_bytes", "from env JOBSCREEN_MAX_TEXT_BYTES"})
	})
	t.Run("explicit --config beats ./jobscreen.yaml", func(t *testing.T) {
		sample := chdirTemp(t, "fail_on: low\n")
		other := writeFile(t, "team.yaml", []byte("fail_on: never\n"))
		jobscreen(t, "", "--config", other, "check", sample).want(t, exitOK, nil, nil)
	})
	t.Run("user config dir", func(t *testing.T) {
		sample := chdirTemp(t, "")
		cfgHome := t.TempDir()
		t.Setenv("XDG_CONFIG_HOME", cfgHome)
		t.Setenv("HOME", cfgHome) // where macOS looks
		dir, err := os.UserConfigDir()
		if err != nil {
			t.Skip("no user config dir on this platform")
		}
		if err := os.MkdirAll(filepath.Join(dir, "jobscreen"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "jobscreen", "jobscreen.yaml"), []byte("fail_on: never\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		jobscreen(t, "", "check", sample).want(t, exitOK, nil, nil)
		jobscreen(t, "", "config").want(t, exitOK, []string{"# config file: " + filepath.Join(dir, "jobscreen", "jobscreen.yaml")}, nil)
	})
}

func TestConfigFileErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, yaml string
		stderr     []string
	}{
		{"unknown top-level key", "fail_om: low\n", []string{"unknown key fail_om", "allowed top-level keys: thresholds"}},
		{"unknown nested key", "thresholds: {mediun: 30}\n", []string{"unknown key thresholds.mediun"}},
		{"bad band", "fail_on: severe\n", []string{"fail_on", `"severe" is not allowed (allowed: low, medium, high, never)`}},
		{"thresholds out of order", "thresholds: {medium: 80, high: 60}\n", []string{"need 0 < medium < high <= 100"}},
		{"bad colour", "color: rainbow\n", []string{"allowed: auto, always, never"}},
		{"not YAML", "fail_on: [low\n", []string{"not valid YAML"}},
		{"wrong type", "max_text_bytes: lots\n", []string{"max_text_bytes"}},
		{"bad country code", "countries: {Pakistan: {name: Pakistan}}\n", []string{"not a country code"}},
		{"unknown rule in points", "points: {no-such-rule: 5}\n", []string{"no-such-rule"}},
		{"missing points file", "points_file: nowhere.yaml\n", []string{"points_file", "nowhere.yaml"}},
		{"registry without a name column", "registry: reg.csv\n", []string{"reg.csv", "allowed: name, company, company_name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := writeFile(t, "bad.yaml", []byte(tt.yaml))
			reg := filepath.Join(filepath.Dir(path), "reg.csv")
			if err := os.WriteFile(reg, []byte("id,city\n1,Lahore\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			r := jobscreen(t, "", "--config", path, "check", scamSample)
			r.want(t, exitUsage, nil, append(tt.stderr, "jobscreen: "))
			if !strings.Contains(r.stderr, path) && !strings.Contains(r.stderr, "reg.csv") && !strings.Contains(r.stderr, "no-such-rule") {
				t.Errorf("stderr does not name the file:\n%s", r.stderr)
			}
		})
	}
	jobscreen(t, "", "--config", "no-such-config.yaml", "config").want(t, exitUsage, nil, []string{"no-such-config.yaml"})
}

func TestConfigFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{
		"jobscreen.yaml": "points_file: calib.yaml\nregistry: reg.csv\npoints: {students-targeted: 6}\n",
		"calib.yaml":     "points: {no-degree-needed: 12, students-targeted: 2}\n",
		"reg.csv":        "Company_Name,city\nAcme Pvt Ltd,Lahore\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := filepath.Join(dir, "jobscreen.yaml")
	// Relative paths in a config file are relative to the file, so this
	// works from the package directory.
	jobscreen(t, "", "--config", cfg, "config").want(t, exitOK, []string{
		"no-degree-needed: 12 # from points file " + filepath.Join(dir, "calib.yaml"),
		"students-targeted: 6 # from config file",
	}, nil)
	jobscreen(t, "", "--config", cfg, "rules", "explain", "no-degree-needed").want(t, exitOK, []string{"+12 (set by points file"}, nil)
	jobscreen(t, "", "--config", cfg, "check", "--fail-on", "never", scamSample).want(t, exitOK, nil, nil)
}

func TestBadRulePack(t *testing.T) {
	t.Parallel()
	pack := writeFile(t, "mine.yaml", []byte(`pack: mine
rules:
  - id: my-rule
    title: Mine
    group: money
    severity: extreme
    points: 5
    why: A reason long enough to explain the rule to a student who reads it.
    advice: Do not pay.
    phrases: ["zorblax wibble"]
    examples: {match: ["zorblax wibble"], no_match: ["nothing"]}
`))
	for name, args := range map[string][]string{
		"flag":       {"check", "--rule-pack", pack, scamSample},
		"lint":       {"rules", "lint", pack},
		"rules test": {"rules", "test", pack},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			jobscreen(t, "", args...).want(t, exitUsage, nil, []string{pack, `rule "my-rule"`, "severity", "allowed: info, low, medium, high"})
		})
	}
}

func TestPointsFileScoring(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, data string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("calib.yaml", "scoring: {offset: 51.5, scale: 12}\npoints: {no-degree-needed: 12}\n")
	write("zero.yaml", "scoring: {offset: 0}\npoints: {}\n")
	for name, tt := range map[string]struct {
		config string
		want   []string
	}{
		"file sets the curve": {"points_file: calib.yaml\n",
			[]string{"offset: 51.5 # from points file", "scale: 12 # from points file"}},
		"config wins": {"points_file: calib.yaml\nscoring: {offset: 40}\n",
			[]string{"offset: 40 # from config file", "scale: 12 # from points file"}},
		"explicit zero": {"points_file: zero.yaml\n", []string{"offset: 0 # from points file"}},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cfg := write(strings.ReplaceAll(name, " ", "-")+".yaml", tt.config)
			jobscreen(t, "", "--config", cfg, "config").want(t, exitOK, tt.want, nil)
		})
	}
	// An offset of 0 is honoured, not read as "default 30": the score is
	// 100σ(points/10).
	cfg := write("zero-config.yaml", "points_file: zero.yaml\n")
	r := jobscreen(t, "Hello.", "--config", cfg, "check", "--format", "json", "--fail-on", "never", "-")
	r.want(t, exitOK, nil, nil)
	var rep struct{ Score, Points int }
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	if want := int(math.Round(100 / (1 + math.Exp(-float64(rep.Points)/10)))); rep.Score != want {
		t.Errorf("offset 0: %d points scored %d, want %d", rep.Points, rep.Score, want)
	}
	bad := write("bad-config.yaml", "points_file: bad.yaml\n")
	write("bad.yaml", "scoring: {offset: 1, slope: 2}\n")
	jobscreen(t, "", "--config", bad, "config").want(t, exitUsage, nil, []string{"bad.yaml", "slope", "scoring: {offset: x, scale: y}"})
}
