package report

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
)

func checkIndent(t *testing.T, v any) {
	t.Helper()
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	src := bytes.TrimSuffix(compact.Bytes(), []byte("\n"))
	var want bytes.Buffer
	if err := json.Indent(&want, src, "", "  "); err != nil {
		t.Fatal(err)
	}
	if got := appendIndented(nil, src); !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("indent of %s:\n got %s\nwant %s", src, got, want.Bytes())
	}
}

func TestIndentSameAsJSONIndent(t *testing.T) {
	for _, v := range []any{
		nil, 1, "x", []int{}, map[string]any{}, []any{[]int{}, map[string]int{}, "a,b:{c}[d]"},
		map[string]any{"a\"b": `q"\"\\`, "e": []any{1.5, true, nil, "<&>", "\u2028 é \x7f"}, "f": map[string]any{"g": []string{"h"}}},
	} {
		checkIndent(t, v)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	atoms := []string{"", "a", `"`, `\`, `\"`, "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "é", "\x00", "<>&"}
	var gen func(depth int) any
	gen = func(depth int) any {
		switch k := rng.IntN(5); {
		case depth > 3 || k == 0:
			var b []byte
			for range rng.IntN(6) {
				b = append(b, atoms[rng.IntN(len(atoms))]...)
			}
			return string(b)
		case k == 1:
			return rng.NormFloat64()
		case k == 2:
			var xs []any
			for range rng.IntN(4) {
				xs = append(xs, gen(depth+1))
			}
			return xs
		default:
			m := map[string]any{}
			for range rng.IntN(4) {
				m[gen(4).(string)] = gen(depth + 1)
			}
			return m
		}
	}
	for range 2000 {
		checkIndent(t, gen(0))
	}
}

// TestJSONSameAsIndentingEncoder checks JSON against encoding/json's own
// indenting encoder on the samples' reports.
func TestJSONSameAsIndentingEncoder(t *testing.T) {
	for _, rep := range sampleReports(t) {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			t.Fatal(err)
		}
		if err := JSON(&got, rep); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("report %s differs", rep.ID)
		}
	}
}

func sampleReports(t *testing.T) []screener.Report {
	t.Helper()
	s, err := screener.New(screener.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../samples/*.txt")
	if len(files) == 0 {
		t.Fatal("no samples found")
	}
	var out []screener.Report
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := s.Screen(context.Background(), screener.Listing{ID: filepath.Base(f), Body: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rep)
	}
	return out
}
