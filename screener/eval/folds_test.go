package eval

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// groupedSamples makes n groups of 1–5 reposts; about a third are scams.
func groupedSamples(n int, seed uint64) []Sample {
	r := rand.New(rand.NewPCG(seed, 2))
	var out []Sample
	for g := 0; g < n; g++ {
		pos := r.IntN(3) == 0
		for range 1 + r.IntN(5) {
			out = append(out, Sample{ID: fmt.Sprint(len(out)), Group: fmt.Sprintf("g%d", g), Positive: pos})
		}
	}
	return out
}

func TestFolds(t *testing.T) {
	tests := []struct {
		name    string
		samples []Sample
		k       int
		want    int // folds returned
	}{
		{"five folds", groupedSamples(80, 1), 5, 5},
		{"ten folds", groupedSamples(200, 2), 10, 10},
		{"ungrouped", []Sample{{Positive: true}, {}, {Positive: true}, {}}, 2, 2},
		{"k above groups", groupedSamples(3, 3), 10, 3},
		{"k below two", groupedSamples(10, 4), 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			folds := Folds(tt.samples, tt.k, 42)
			if len(folds) != tt.want {
				t.Fatalf("%d folds, want %d", len(folds), tt.want)
			}
			checkFolds(t, tt.samples, folds)
			if again := Folds(tt.samples, tt.k, 42); !reflect.DeepEqual(folds, again) {
				t.Error("the same seed gave other folds")
			}
		})
	}
}

// checkFolds asserts a partition that keeps groups whole and spreads the
// scams to within one group's worth.
func checkFolds(t *testing.T, samples []Sample, folds [][]int) {
	t.Helper()
	seen := make([]int, len(samples))
	foldOf := map[string]int{}
	pos := make([]int, len(folds))
	biggest := map[string]int{}
	for f, fold := range folds {
		for _, i := range fold {
			seen[i]++
			if g := samples[i].Group; g != "" {
				if prev, ok := foldOf[g]; ok && prev != f {
					t.Errorf("group %s in folds %d and %d", g, prev, f)
				}
				foldOf[g] = f
			}
			if samples[i].Positive {
				pos[f]++
				biggest[samples[i].Group]++
			}
		}
	}
	for i, n := range seen {
		if n != 1 {
			t.Errorf("sample %d is in %d test folds, want 1", i, n)
		}
	}
	maxGroup := 1
	for g, n := range biggest {
		if g != "" {
			maxGroup = max(maxGroup, n)
		}
	}
	lo, hi := pos[0], pos[0]
	for _, p := range pos {
		lo, hi = min(lo, p), max(hi, p)
	}
	if hi-lo > maxGroup {
		t.Errorf("positives per fold %v differ by more than one group (%d)", pos, maxGroup)
	}
}

func TestFoldsSeedMatters(t *testing.T) {
	s := groupedSamples(100, 5)
	if reflect.DeepEqual(Folds(s, 5, 1), Folds(s, 5, 2)) {
		t.Error("different seeds gave the same folds")
	}
}

func TestFoldsEmpty(t *testing.T) {
	if f := Folds(nil, 5, 1); f != nil {
		t.Errorf("Folds(nil) = %v, want nil", f)
	}
}
