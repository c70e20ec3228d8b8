package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/report"
)

var update = flag.Bool("update", false, "rewrite the golden reports in samples/golden")

// TestGolden renders every bundled sample and compares it with its golden
// report; `make golden` rewrites them after a deliberate change.
func TestGolden(t *testing.T) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../samples/*.txt")
	pages, _ := filepath.Glob("../../samples/*.html")
	files = append(files, pages...)
	if len(files) < 12 {
		t.Fatalf("only %d samples found", len(files))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			rep := screen(t, s, path)
			var got bytes.Buffer
			if err := report.Text(&got, rep, report.TextOptions{Name: name}); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("../../samples/golden", strings.TrimSuffix(name, filepath.Ext(name))+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run `make golden` to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("report differs from %s (run `make golden` if the change is intended)\n--- got\n%s", golden, got.String())
			}
		})
	}
}

func screen(t *testing.T, s *screener.Screener, path string) screener.Report {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	if strings.HasSuffix(path, ".html") {
		rep, err := s.ScreenHTML(context.Background(), bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		rep.ID = name
		return rep
	}
	rep, err := s.Screen(context.Background(), screener.Listing{ID: name, Body: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestJSONContract pins the field names other tools rely on.
func TestJSONContract(t *testing.T) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := screen(t, s, "../../samples/scam-pk-call-centre-1-lakh.txt")
	var buf bytes.Buffer
	if err := report.JSON(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Score    *int    `json:"score"`
		Band     *string `json:"band"`
		Text     *string `json:"text"`
		Findings []struct {
			RuleID   *string `json:"rule_id"`
			Title    *string `json:"title"`
			Points   *int    `json:"points"`
			Why      *string `json:"why"`
			Advice   *string `json:"advice"`
			Evidence []struct {
				Text  *string `json:"text"`
				Start *int    `json:"start"`
				End   *int    `json:"end"`
			} `json:"evidence"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Score == nil || doc.Band == nil || doc.Text == nil || len(doc.Findings) == 0 {
		t.Fatalf("missing top-level fields: %s", buf.String())
	}
	for _, f := range doc.Findings {
		if f.RuleID == nil || f.Title == nil || f.Points == nil || f.Why == nil || f.Advice == nil {
			t.Fatalf("finding lacks a contract field")
		}
		for _, e := range f.Evidence {
			if e.Text == nil || e.Start == nil || e.End == nil || (*doc.Text)[*e.Start:*e.End] != *e.Text {
				t.Fatalf("evidence breaks the contract: %+v", e)
			}
		}
	}
}

func TestTextReportColour(t *testing.T) {
	rep := screener.Report{Score: 90, Band: screener.High, Points: 50, Findings: []screener.Finding{{RuleID: "x", Title: "X", Points: 20, Why: "because", Advice: "check"}}}
	var plain, colour bytes.Buffer
	_ = report.Text(&plain, rep, report.TextOptions{})
	_ = report.Text(&colour, rep, report.TextOptions{Color: true})
	if strings.Contains(plain.String(), "\x1b[") {
		t.Errorf("colour escape in plain report")
	}
	if !strings.Contains(colour.String(), "\x1b[") {
		t.Errorf("no colour in coloured report")
	}
}
