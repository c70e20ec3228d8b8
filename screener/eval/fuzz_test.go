package eval

import (
	"encoding/binary"
	"math"
	"testing"
)

// FuzzEvaluate feeds arbitrary scores and labels — NaN, ±Inf, one class,
// none — and demands figures that are never NaN and never panic.
func FuzzEvaluate(f *testing.F) {
	f.Add([]byte{}, 0.05, 70.0)
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f}, 0.05, 70.0) // NaN, scam
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f, 1, 0, 0, 0, 0, 0, 0, 0, 0}, 2.0, math.NaN())
	f.Fuzz(func(t *testing.T, data []byte, prevalence, high float64) {
		var s []Sample
		for ; len(data) >= 9; data = data[9:] {
			score := math.Float64frombits(binary.LittleEndian.Uint64(data[1:9]))
			s = append(s, Sample{Positive: data[0]&1 == 1, Score: score})
		}
		m := Evaluate(s, prevalence, map[string]float64{"medium": 40, "high": high})
		assertNoNaN(t, m)
		for _, x := range []float64{m.ROCAUC, m.PRAUC, m.PRAUCAtPrevalence} {
			if x < 0 || x > 1+1e-9 {
				t.Fatalf("area %v outside [0, 1]", x)
			}
		}
		if m.Confusion.TP+m.Confusion.FP+m.Confusion.TN+m.Confusion.FN != len(s) {
			t.Fatalf("confusion %+v does not add up to %d", m.Confusion, len(s))
		}
	})
}
