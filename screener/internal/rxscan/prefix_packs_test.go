package rxscan_test

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
)

// TestEnumSameAsReferenceOnPacks checks the remembering enumeration against
// the old one over every pattern of the default rule packs and the fact
// extractors: the compiled filters, and so every decision, stay the same.
func TestEnumSameAsReferenceOnPacks(t *testing.T) {
	if _, err := screener.New(screener.Options{}); err != nil {
		t.Fatal(err)
	}
	pats := rxscan.CompiledPatterns()
	if len(pats) < 20 {
		t.Fatalf("only %d patterns compiled; the packs did not load?", len(pats))
	}
	for _, p := range pats {
		if err := rxscan.SameAsReference(p); err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkCompilePacks compiles every pattern of the default packs and
// extractors once per iteration: what each process pays at start.
func BenchmarkCompilePacks(b *testing.B) {
	if _, err := screener.New(screener.Options{}); err != nil {
		b.Fatal(err)
	}
	pats := rxscan.CompiledPatterns()
	b.ResetTimer()
	for b.Loop() {
		for _, p := range pats {
			rxscan.CompileUncached(p)
		}
	}
}
