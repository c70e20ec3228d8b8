package asks

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// emscadPath is the shared development split of EMSCAD; it stays outside
// the repository and the benchmark skips when it is absent.
const emscadPath = "../../../../../shared/data/emscad-dev.csv"

// emscadDocs folds every advert of the EMSCAD dev file once, joining the
// free-text columns the screener reads.
func emscadDocs(b testing.TB) []*textnorm.Doc {
	f, err := os.Open(emscadPath)
	if err != nil {
		b.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) < 2 {
		b.Fatalf("reading %s: %v", emscadPath, err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var docs []*textnorm.Doc
	for _, r := range rows[1:] {
		var parts []string
		for _, c := range []string{"title", "company_profile", "description", "requirements", "benefits"} {
			parts = append(parts, r[col[c]])
		}
		docs = append(docs, textnorm.New(strings.Join(parts, "\n")))
	}
	return docs
}

// BenchmarkExtractEMSCAD reports the cost of Extract per real advert
// (µs/advert), the figure that matters for batch screening.
func BenchmarkExtractEMSCAD(b *testing.B) {
	docs := emscadDocs(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Extract(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/advert")
}
