package asks

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// emscadDocs folds every advert of the EMSCAD dev file once, joining the
// free-text columns the screener reads.
func emscadDocs(b testing.TB) []*textnorm.Doc {
	var docs []*textnorm.Doc
	for _, s := range emscadtest.Texts(b) {
		docs = append(docs, textnorm.New(s))
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
