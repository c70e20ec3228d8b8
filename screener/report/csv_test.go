package report_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/report"
)

// batchReports are three small hand-made reports, independent of the rule
// packs so the golden files change only when the writers do.
func batchReports() []screener.Report {
	text := "Pay a registration fee of $50 via Western Union. <script>alert(1)</script> Contact us on WhatsApp."
	return []screener.Report{
		{ID: "1", Score: 88, Band: screener.High, Points: 50, Text: text, Findings: []screener.Finding{
			{RuleID: "upfront-fee", Title: "Asks for a fee", Points: 30, Why: "Real employers <b>never</b> charge.", Advice: "Do not pay.",
				Evidence: []screener.Evidence{{Text: "registration fee of $50", Start: 6, End: 29}}},
			{RuleID: "chat-app-only", Title: "Chat app contact", Points: 20, Why: "Hides identity.", Advice: "Ask for an office address.",
				Evidence: []screener.Evidence{{Text: "WhatsApp", Start: 89, End: 97}}},
		}},
		{ID: "2", Score: 5, Band: screener.Low, Text: "Junior analyst, office based.", Findings: []screener.Finding{}},
		{ID: "=cmd", Score: 40, Band: screener.Medium, Points: 26, Text: "Same advert again.", Findings: []screener.Finding{
			{RuleID: "repost-in-batch", Title: "Same advert posted again under another id", Points: 8, Why: "Mass posting.", Advice: "Compare.", Evidence: []screener.Evidence{}},
			{RuleID: "upfront-fee", Title: "Asks for a fee", Points: 18, Evidence: []screener.Evidence{{Text: "Same advert", Start: 0, End: 11}}},
		}},
	}
}

func TestCSVWriter(t *testing.T) {
	var buf bytes.Buffer
	w := report.NewCSVWriter(&buf, false)
	for i, rep := range batchReports() {
		if err := w.Write(rep.ID, "in.csv:"+string(rune('2'+i)), rep, nil); err != nil {
			t.Fatal(err)
		}
	}
	w.Write("x", "in.csv:9", screener.Report{}, errors.New("in.csv:9: 2 fields, but the header has 3"))
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := `id,source,score,band,points,rules,evidence,error
1,in.csv:2,88,high,50,upfront-fee chat-app-only,"""registration fee of $50""; ""WhatsApp""",
2,in.csv:3,5,low,0,,,
=cmd,in.csv:4,40,medium,26,repost-in-batch upfront-fee,"""Same advert""",
x,in.csv:9,,,,,,"in.csv:9: 2 fields, but the header has 3"
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestCSVWriterExcel(t *testing.T) {
	var buf bytes.Buffer
	w := report.NewCSVWriter(&buf, true)
	w.Write("=HYPERLINK(1)", "-", screener.Report{Band: screener.Low, Points: -5}, nil)
	w.Flush()
	got := buf.String()
	if !strings.HasPrefix(got, "\ufeffid,") || !strings.Contains(got, "'=HYPERLINK(1),'-,") || !strings.Contains(got, ",-5,") {
		t.Errorf("excel output %q", got)
	}
}

func TestCSVWriterEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := report.NewCSVWriter(&buf, false).Flush(); err != nil || buf.String() != "id,source,score,band,points,rules,evidence,error\n" {
		t.Errorf("empty batch: %q %v", buf.String(), err)
	}
}

func TestEvidenceSummaryCuts(t *testing.T) {
	ev := func(s string) screener.Evidence { return screener.Evidence{Text: s} }
	rep := screener.Report{Findings: []screener.Finding{{Evidence: []screener.Evidence{ev(strings.Repeat("é", 70)), ev("b\n  c"), ev("d"), ev("e")}}}}
	got := report.EvidenceSummary(rep)
	want := `"` + strings.Repeat("é", 59) + `…"; "b c"; "d"`
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
