package textnorm

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
)

// emscadTexts joins the free-text columns the screener reads, per advert.
func emscadTexts(tb testing.TB) []string { return emscadtest.Texts(tb) }

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
