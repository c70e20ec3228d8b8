package employer

import (
	"regexp"
	"testing"
)

// TestLastSchemeSameAsRegexp checks lastScheme against the pattern it
// replaced, whose last match named the scheme.
func TestLastSchemeSameAsRegexp(t *testing.T) {
	re := regexp.MustCompile(`secp|pseb|overseas employment promoter|\boep\b|protector|\bdole\b|\bpoea\b|\bdmw\b|\bpeza\b|trade|\bcin\b|gst`)
	for _, s := range []string{"", "secp", "pseb secp", "oep licence", "coep dole", "dmw and trade", "gstin cin", "overseas employment promoter ",
		"peza-1 poeas poea", "trade, secp-registered", "doled dole"} {
		want := ""
		if q := re.FindAllString(s, -1); len(q) > 0 {
			want = q[len(q)-1]
		}
		if got := lastScheme(s); got != want {
			t.Errorf("lastScheme(%q) = %q, want %q", s, got, want)
		}
	}
}
