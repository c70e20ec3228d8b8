package feed

import (
	"context"
	"os"
	"testing"
)

// TestEMSCAD reads the shared development split of the EMSCAD corpus, when
// present. The data stays outside the repository.
func TestEMSCAD(t *testing.T) {
	const path = "../../../shared/data/emscad-dev.csv"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	r, err := Open(context.Background(), path, Options{LabelColumn: "fraudulent"})
	if err != nil {
		t.Fatal(err)
	}
	total := r.Total()
	labels := map[string]int{}
	for _, it := range readAll(t, r) {
		if it.Err != nil {
			t.Errorf("%v", it.Err)
		}
		labels[it.Label]++
	}
	if n := labels["0"] + labels["1"]; n != 690 || total != 690 {
		t.Errorf("read %d rows, Total %d; want 690", n, total)
	}
	if labels["1"] != 434 || labels["0"] != 256 {
		t.Errorf("labels %v, want 1:434 0:256", labels)
	}
}

// BenchmarkReadEMSCAD reads the EMSCAD development file, 690 rows of
// about 3 KB, per op: the reading side of a batch.
func BenchmarkReadEMSCAD(b *testing.B) {
	const path = "../../../shared/data/emscad-dev.csv"
	st, err := os.Stat(path)
	if err != nil {
		b.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		r, err := Open(context.Background(), path, Options{LabelColumn: "fraudulent"})
		if err != nil {
			b.Fatal(err)
		}
		for it, ok := r.Next(); ok; it, ok = r.Next() {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
		}
		r.Close()
	}
}
