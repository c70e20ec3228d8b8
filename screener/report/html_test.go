package report_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jobscreen/jobscreen/screener/report"
)

func batchPage(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	w := report.NewHTMLWriter(&buf, "Batch <of> adverts")
	for i, rep := range batchReports() {
		if err := w.Write(rep.ID, "in.csv:"+string(rune('2'+i)), rep, nil); err != nil {
			t.Fatal(err)
		}
	}
	w.Write("9", "in.csv:9", batchReports()[0], errors.New("bad <row>"))
	if err := w.Close(report.Summary{Total: 4, Errors: 1, Reposts: 1, Elapsed: 1500 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestHTMLGolden pins the page structure; -update rewrites the golden file.
func TestHTMLGolden(t *testing.T) {
	got := batchPage(t)
	golden := filepath.Join("testdata", "batch", "page.golden.html")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("page differs from %s (go test -update if intended)\n%s", golden, got)
	}
}

func TestHTMLInert(t *testing.T) {
	page := batchPage(t)
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<b>never") || strings.Contains(page, "<of>") || strings.Contains(page, "<row>") {
		t.Error("input reached the page unescaped")
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "<mark>registration fee of $50</mark>", "<mark>WhatsApp</mark>",
		`id="summary"`, `<span class="b-high">1 high</span>`, "Most frequent signs", "bad &lt;row&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	for _, bad := range []string{"http://", "https://", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("page refers to an external asset: %q", bad)
		}
	}
	if n := strings.Count(page, "<script>"); n != 1 {
		t.Errorf("%d script elements, want the one inline script", n)
	}
}
