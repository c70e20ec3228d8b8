package main

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseRefusesNonLoopbackAndUnbounded(t *testing.T) {
	tests := []struct {
		args []string
		ok   bool
	}{
		{nil, true},
		{[]string{"-url", "http://127.0.0.1:8080"}, true},
		{[]string{"-url", "http://localhost:8080"}, true},
		{[]string{"-url", "http://[::1]:8080"}, true},
		{[]string{"-url", "http://example.com"}, false},
		{[]string{"-url", "http://10.0.0.1"}, false},
		{[]string{"-url", "http://127.0.0.1.nip.io"}, false},
		{[]string{"-url", "ftp://127.0.0.1"}, false},
		{[]string{"-n", "20001"}, false},
		{[]string{"-d", "31s"}, false},
		{[]string{"-c", "0"}, false},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if _, err := parse(tc.args, io.Discard); (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok %v", err, tc.ok)
			}
		})
	}
}

func TestAdvertsAreTypical(t *testing.T) {
	for i, a := range adverts {
		if len(a) < 2990 || len(a) > 3000 || !utf8.ValidString(a) {
			t.Errorf("advert %d: %d bytes, valid UTF-8 %v", i, len(a), utf8.ValidString(a))
		}
	}
}

// TestRunInProcess is a smoke run: a few requests against the in-process
// server, all answered.
func TestRunInProcess(t *testing.T) {
	var out strings.Builder
	if code := run(t.Context(), []string{"-n", "6", "-c", "2", "-d", "20s"}, &out, io.Discard); code != 0 {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	if !strings.Contains(out.String(), "requests 6, errors 0") || !strings.Contains(out.String(), "p99") {
		t.Fatalf("output: %s", out.String())
	}
}
