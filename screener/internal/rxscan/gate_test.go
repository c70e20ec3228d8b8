package rxscan

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// gated are patterns with an alternative whose prefix filter passes nearly
// every word, so a gate on a later, rarer part is built for it.
var gated = []string{
	`(?:https?://|www\.)[^\s<>]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|pk|co)\b(?:/[^\s<>]*)?`,
	`\b(?:near|behind)\s+(?:[a-z0-9'-]+\s+){0,3}(?:chowk|stop)\b|\b[a-z0-9'-]+\s+(?:chowk|stop|masjid)\s+(?:ke\s+)?(?:paas|samne)\b`,
	`\b[a-z]+\s+(?:chowk|stop)|x`,
	`[a-z]+\s*فیس|\bfee`,
}

func TestGateBuilt(t *testing.T) {
	for _, p := range gated {
		if MustCompile(p).gates == 0 {
			t.Errorf("%s: no gate", p)
		}
	}
}

func TestGatedSameAsRegexp(t *testing.T) {
	pieces := []string{"a", "b", "x", "7", " ", "  ", "\n", ".", "-", "'", "@", "/", "acme", ".com", ".co", ".pk", "com",
		"www.", "https://", "near ", "behind ", "chowk", "stop", "masjid", " ke ", "paas", "samne", "فیس", "\xff", "é",
		"fee", "<", "_"}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, p := range gated {
		r := MustCompile(p)
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(14) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			compare(t, r, b.String())
		}
	}
}

// TestGatedHostileInputLinear: a megabyte of words with one tail at the
// end; each gate pass is linear, so this finishes quickly.
func TestGatedHostileInputLinear(t *testing.T) {
	r := MustCompile(gated[2])
	s := strings.Repeat("ab ", 1<<18) + "chowk"
	if got := len(r.FindAllStringIndex(s, -1)); got != 1 {
		t.Fatalf("got %d matches", got)
	}
}

// TestSkipGateHostileInputLinear: word starts packed into one run of head
// bytes before a tail, and tails packed together; nextGated reads each
// run back once, so these finish quickly.
func TestSkipGateHostileInputLinear(t *testing.T) {
	r := MustCompile(gated[0])
	for _, s := range []string{strings.Repeat("a-", 1<<18) + "a.com", strings.Repeat("a.com ", 1<<16), strings.Repeat(".com", 1<<17)} {
		compare(t, r, s[:len(s)/64])
		r.FindAllStringIndex(s, -1)
	}
}
