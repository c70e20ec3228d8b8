package feed

import (
	"context"
	"strings"
	"testing"
)

// fuzzRead reads in as the given kind and checks the reader's promises:
// no panic, every item has a source, and it ends.
func fuzzRead(t *testing.T, name, in string) {
	r, err := NewReader(context.Background(), name, strings.NewReader(in), Options{MaxItemBytes: 256})
	if err != nil {
		return
	}
	src, err := r.openSource(name, strings.NewReader(in), nil, name)
	if err != nil {
		return
	}
	r.cur = src
	for n := 0; ; n++ {
		it, ok := r.Next()
		if !ok {
			return
		}
		if it.Source == "" {
			t.Fatalf("item without a source: %+v", it)
		}
		if n > len(in)+2 {
			t.Fatalf("more items (%d) than input bytes", n)
		}
	}
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{
		"id,body\n1,x\n", "id,body\n1,\"a\nb\"\n2,\"c", "title\tbody\n\"x\"y\tz\n", "\ufeffid,body\n1,5\" tall\n2,ok\n",
		"id,body\n\n\n1,\xff\n", "body\n" + strings.Repeat("x", 300) + "\n1\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { fuzzRead(t, kindCSV, in) })
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{"{\"body\":\"x\"}\n", "{\n", "[1]\n{\"id\":{}}\n", "\ufeff{\"title\":true}\n", "null\n\"s\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { fuzzRead(t, kindJSONL, in) })
}
