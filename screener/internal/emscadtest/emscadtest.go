// Package emscadtest reads the shared EMSCAD development file for tests and
// benchmarks. The file lives in ../shared/data next to the repository and is
// never copied into it, so the helpers skip the caller when it is absent.
// Only tests import this package.
package emscadtest

import (
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Path returns where the dev file is expected: ../shared/data/emscad-dev.csv
// beside the module root (the nearest directory above the working
// directory that holds go.mod).
func Path() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "data", "emscad-dev.csv")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Table is the dev file: its rows without the header, and each column's
// index by header name.
type Table struct {
	Col  map[string]int
	Rows [][]string
}

// Get returns column name of row r, "" when the file has no such column.
func (t *Table) Get(r []string, name string) string {
	if i, ok := t.Col[name]; ok && i < len(r) {
		return r[i]
	}
	return ""
}

// Load reads the dev file; the error wraps fs.ErrNotExist when it is absent.
func Load() (*Table, error) {
	p := Path()
	if p == "" {
		return nil, os.ErrNotExist
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, errors.New(p + ": no rows")
	}
	t := &Table{Col: map[string]int{}, Rows: rows[1:]}
	for i, h := range rows[0] {
		t.Col[h] = i
	}
	return t, nil
}

// Read is Load for a test or benchmark: it skips tb when the file is
// absent and fails it when the file cannot be read.
func Read(tb testing.TB) *Table {
	tb.Helper()
	t, err := Load()
	if errors.Is(err, os.ErrNotExist) {
		tb.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	if err != nil {
		tb.Fatalf("reading EMSCAD data: %v", err)
	}
	return t
}

// textColumns are the free-text columns the screener reads most of.
var textColumns = []string{"title", "company_profile", "description", "requirements", "benefits"}

// Texts returns, per advert, its title, company profile, description,
// requirements and benefits joined by newlines; it skips tb when the file
// is absent.
func Texts(tb testing.TB) []string {
	tb.Helper()
	t := Read(tb)
	out := make([]string, 0, len(t.Rows))
	parts := make([]string, len(textColumns))
	for _, r := range t.Rows {
		for i, c := range textColumns {
			parts[i] = t.Get(r, c)
		}
		out = append(out, strings.Join(parts, "\n"))
	}
	return out
}
