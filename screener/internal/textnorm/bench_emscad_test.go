package textnorm

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"
)

// emscadPath is the shared development split of EMSCAD; it stays outside
// the repository and the benchmark skips when it is absent.
const emscadPath = "../../../../shared/data/emscad-dev.csv"

// emscadTexts joins the free-text columns the screener reads, per advert.
func emscadTexts(tb testing.TB) []string {
	f, err := os.Open(emscadPath)
	if err != nil {
		tb.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		tb.Fatalf("reading %s: %v", emscadPath, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var out []string
	for _, r := range rows[1:] {
		var parts []string
		for _, c := range []string{"title", "company_profile", "description", "requirements", "benefits"} {
			parts = append(parts, r[col[c]])
		}
		out = append(out, strings.Join(parts, "\n"))
	}
	return out
}

// BenchmarkNewEMSCAD reports the cost of folding and tokenising one real
// advert (µs/advert), with a warm stem cache as in a batch.
func BenchmarkNewEMSCAD(b *testing.B) {
	texts := emscadTexts(b)
	for _, s := range texts {
		New(s).Release()
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			New(s).Release()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(texts)), "µs/advert")
}
