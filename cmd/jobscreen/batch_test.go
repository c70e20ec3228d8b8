package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const batchCSV = "job_id,title,description\n" +
	"a1,Call centre agent,\"Earn up to Rs 3,00,000 per month. No degree required. Free visa and ticket to Cambodia.\"\n" +
	"a2,\"bad\"quote,oops\n" +
	"a3,Accountant,\"Habib Traders (Pvt) Ltd needs an accountant with a B.Com and 2 years experience. Salary Rs 60,000.\"\n"

func runBatchCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(t.TempDir())
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"batch"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestBatchCSVKeepsOrderAndReportsBadRows(t *testing.T) {
	code, out, errs := runBatchCmd(t, batchCSV, "-", "--fail-on", "never")
	if code != exitInput {
		t.Errorf("exit %d, want %d (a row was malformed)", code, exitInput)
	}
	if !strings.Contains(errs, "-:3:") || !strings.Contains(errs, "3 listings") {
		t.Errorf("stderr should name the bad row and summarise: %s", errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0][0] != "id" || rows[1][0] != "a1" || rows[3][0] != "a3" {
		t.Fatalf("rows out of order or missing: %v", rows)
	}
	if rows[1][3] != "high" || rows[3][3] == "high" || rows[2][7] == "" {
		t.Errorf("bands or error column wrong: %v", rows)
	}
}

func TestBatchJSONFormatsAndFailOn(t *testing.T) {
	good := strings.Replace(batchCSV, "a2,\"bad\"quote,oops\n", "", 1)
	code, out, _ := runBatchCmd(t, good, "-", "--format", "json")
	if code != exitFail {
		t.Errorf("exit %d, want %d: a high listing reaches --fail-on high", code, exitFail)
	}
	var reps []struct {
		ID   string `json:"id"`
		Band string `json:"band"`
	}
	if err := json.Unmarshal([]byte(out), &reps); err != nil || len(reps) != 2 || reps[0].ID != "a1" {
		t.Fatalf("json: %v %+v\n%s", err, reps, out)
	}
	_, out, _ = runBatchCmd(t, good, "-", "--format", "ndjson", "--fail-on", "never")
	if n := strings.Count(out, "\n"); n != 2 {
		t.Errorf("ndjson lines = %d", n)
	}
}

func TestBatchFolderToHTMLFile(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a.txt": "Earn Rs 3 lakh monthly, no degree needed!", "b.txt": "<script>alert(1)</script> Accountant"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "report.html")
	code, _, errs := runBatchCmd(t, "", dir, "--format", "html", "-o", out, "--fail-on", "never")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), "a.txt") || strings.Contains(string(page), "<script>alert(1)") {
		t.Errorf("html page missing a listing or not escaping")
	}
}

func TestBatchMapAndUsageErrors(t *testing.T) {
	in := "ref,blurb\nx1,\"Registration fee Rs 2,000 via JazzCash, no degree needed\"\n"
	_, out, _ := runBatchCmd(t, in, "-", "--map", "ref=id", "--map", "blurb=body", "--format", "ndjson", "--fail-on", "never")
	if !strings.Contains(out, `"id":"x1"`) || !strings.Contains(out, "no-degree-needed") {
		t.Errorf("--map not applied: %s", out)
	}
	for _, args := range [][]string{{"-", "--map", "nonsense"}, {"-", "--format", "xml"}, {"-", "--workers", "-1"}} {
		if code, _, errs := runBatchCmd(t, in, args...); code != exitUsage {
			t.Errorf("%v: exit %d (%s)", args, code, errs)
		}
	}
}

func TestBatchInterruptedKeepsWhatWasWritten(t *testing.T) {
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"batch", "-"}, strings.NewReader(batchCSV), &out, &errb)
	if !strings.HasPrefix(out.String(), "id,source,score") {
		t.Errorf("output %q: an interrupted run still writes a valid header", out.String())
	}
	// Ctrl-C is an interruption (exit 3, said so), not a usage error.
	if code != exitInput || !strings.Contains(errb.String(), "interrupted after") {
		t.Errorf("exit %d, stderr %q: want exit %d and the interruption", code, errb.String(), exitInput)
	}
}

func TestBatchFindsRepostsAcrossInputs(t *testing.T) {
	dir := t.TempDir()
	ad := "Customer support agents needed for our international campaign. Earn a fixed salary plus daily bonus, " +
		"work from our office, free pick and drop, training provided, no experience needed, apply today by sending your CV."
	for _, name := range []string{"one.txt", "two.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(ad), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, out, errs := runBatchCmd(t, "", filepath.Join(dir, "one.txt"), filepath.Join(dir, "two.txt"), "--format", "ndjson", "--fail-on", "never")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], "repost-in-batch") || !strings.Contains(errs, "1 reposts") {
		t.Errorf("repost across inputs not found: %s\n%s", errs, out)
	}
}
