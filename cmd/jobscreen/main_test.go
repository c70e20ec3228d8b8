package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Samples shipped with the repo, relative to this package.
const (
	scamSample   = "../../samples/scam-pk-call-centre-1-lakh.txt"
	scamHTML     = "../../samples/scam-pk-verification-agent.html"
	honestSample = "../../samples/honest-pk-ngo-field-officer.txt"
)

// TestMain isolates the tests from the developer's own configuration:
// a jobscreen.yaml in their config dir or JOBSCREEN_* in their shell would
// otherwise change results.
func TestMain(m *testing.M) {
	home, err := os.MkdirTemp("", "jobscreen-test-home")
	if err != nil {
		panic(err)
	}
	os.Setenv("HOME", home)
	os.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	os.Unsetenv("NO_COLOR")
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "JOBSCREEN_") {
			os.Unsetenv(name)
		}
	}
	code := m.Run()
	os.RemoveAll(home)
	os.Exit(code)
}

// result is what one in-process run produced.
type result struct {
	code           int
	stdout, stderr string
}

// jobscreen runs the CLI in-process with stdin as standard input.
func jobscreen(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// writeFile writes a fixture into a fresh temp dir and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func (r result) want(t *testing.T, code int, stdout, stderr []string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	for _, s := range stdout {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
		}
	}
	for _, s := range stderr {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
}

func TestVersionAndHelp(t *testing.T) {
	t.Parallel()
	jobscreen(t, "", "--version").want(t, exitOK, []string{"dev"}, nil)
	for _, cmd := range [][]string{
		{}, {"check"}, {"config"}, {"rules"}, {"rules", "list"}, {"rules", "explain"}, {"rules", "test"}, {"rules", "lint"},
	} {
		t.Run(strings.Join(append([]string{"help"}, cmd...), "-"), func(t *testing.T) {
			t.Parallel()
			jobscreen(t, "", append(cmd, "--help")...).want(t, exitOK, []string{"Usage:", "Examples:", "jobscreen"}, nil)
		})
	}
}

func TestUsageErrors(t *testing.T) {
	t.Parallel()
	for name, args := range map[string][]string{
		"unknown flag":    {"check", "--nope"},
		"unknown command": {"chekc"},
		"explain no id":   {"rules", "explain"},
		"config args":     {"config", "extra"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r := jobscreen(t, "", args...)
			r.want(t, exitUsage, nil, []string{"jobscreen: "})
		})
	}
}
