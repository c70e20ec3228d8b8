package screener_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/jobscreen/jobscreen/screener"
)

// FuzzScreen: any text screens without panic, with evidence that quotes the
// input exactly and a score in range.
func FuzzScreen(f *testing.F) {
	f.Add(lakhAd)
	f.Add("")
	f.Add("\xff\xfe\x00")
	f.Add("Rs. 1,00,000/- مہانہ ۱ لاکھ no fee nahi WhatsApp wa.me/923001234567")
	f.Add("free visa free ticket Cambodia $1,200 passport copy")
	s, err := screener.New(screener.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rep, err := s.Screen(context.Background(), screener.Listing{Body: text})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Score < 0 || rep.Score > 100 {
			t.Fatalf("score %d", rep.Score)
		}
		for _, fd := range rep.Findings {
			for _, e := range fd.Evidence {
				if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
					t.Fatalf("%s: bad evidence %+v", fd.RuleID, e)
				}
			}
		}
	})
}

// FuzzScreenHTML: any bytes as an HTML page screen without panic.
func FuzzScreenHTML(f *testing.F) {
	pages, _ := filepath.Glob("../samples/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<html><script type=application/ld+json>{\"@type\":\"JobPosting\",\"title\":\"x\n\"}</script>"))
	f.Add([]byte("<div><div><div><p>unclosed"))
	s, err := screener.New(screener.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		rep, err := s.ScreenHTML(context.Background(), bytes.NewReader(page))
		if err != nil {
			return // too large is the only error; it must not panic
		}
		if !utf8.ValidString(rep.Text) {
			t.Fatalf("extracted text is not UTF-8")
		}
	})
}
