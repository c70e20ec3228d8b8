package screener_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/feed"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
)

// TestPreparedTextChangesNothing screens the samples, and the EMSCAD dev
// adverts when present, with and without rxscan's prepared texts (which
// let patterns skip adverts they cannot match): the reports must be equal.
func TestPreparedTextChangesNothing(t *testing.T) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ls []screener.Listing
	files, _ := filepath.Glob("../samples/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, screener.Listing{ID: f, Body: string(b)})
	}
	if r, err := feed.Open(context.Background(), emscadPath, feed.Options{LabelColumn: "fraudulent"}); err == nil {
		for it, ok := r.Next(); ok; it, ok = r.Next() {
			if it.Err == nil {
				ls = append(ls, it.Listing)
			}
		}
		r.Close()
	}
	ctx := context.Background()
	for _, l := range ls {
		with, err := s.Screen(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		rxscan.SetPreparing(false)
		without, err := s.Screen(ctx, l)
		rxscan.SetPreparing(true)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(with, without) {
			t.Fatalf("%s: reports differ with prepared texts:\n%+v\n%+v", l.ID, with, without)
		}
	}
}
