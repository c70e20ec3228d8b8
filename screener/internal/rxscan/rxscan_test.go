package rxscan

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

var patterns = []string{
	`\b(fees?|charges)\b`, `(?m)^[\s*#-]*(?:company|employer)\s*[:\-]\s*([^\n]{2,80})$`,
	`(رجسٹریشن|ٹریننگ)?\s*فیس`, `\bdd\b|challan|\bno\s+$`, `a|bc|def`, `\b\d{1,5}\s+(?:[a-z]+\s+){1,3}(?:st|ave)\b\.?`,
	`\b(?:on|via)\s+$`, `x*y`, `\A[^\n]{0,8}?(?:fees?|\d+\s*k)\b`, `^[^\n\d]{0,5}?(dd|challan)[^\n]*(?:\n|\z)`, `(?i)^[^\n\d]{0,5}?(dd|challan)[^\n]*(?:\n|\z)`, `(a+b|a)`, `\bl\.l\.c\.|\bw\.l\.l\b\.?`, `[^\s]+@`, `(?:https?://|www\.)[^\s<>]+|\b[a-z0-9][a-z0-9-]*\.(?:com|pk)\b`,
	`#(phone|url)_[0-9a-f]{1,8}#`, `\$\s?\d+`, `\.(?:com|pk)\b`,
	`\b(?:(fees?)|(charges|ch))\s+`, `x(a|ab)(c|bcd)`, `(?:a|ab)(c|bcd)d?`, `\s*(?:fee|ch)\b`, `(e)(?:a|ab|)+`,
}

// TestSplit checks where an alternation is split into alternatives: only
// where the parts before it match one way, and the parts after are few.
func TestSplit(t *testing.T) {
	for p, want := range map[string]int{`ab|cd|ef`: 3, `\b(?:ab|cd)\s+`: 2, `x(a|ab)(c|bcd)`: 2, `\s*(?:fee|ch)`: 1,
		`(?:a|b)_[0-9a-f]{1,128}#`: 1, `\b(?:(fees?)|(charges|ch))\s+`: 2} {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(split(re.Simplify())); got != want {
			t.Errorf("split(%s): %d alternatives, want %d", p, got, want)
		}
	}
}

// Compare checks r against the plain regexp on s; exported to tests only.
func compare(t *testing.T, r *Regexp, s string) {
	t.Helper()
	if got, want := r.FindAllStringSubmatchIndex(s, -1), r.Std().FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("%s on %q:\n got %v\nwant %v", r, s, got, want)
	}
	if got, want := r.FindStringSubmatchIndex(s), r.Std().FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("%s first on %q: got %v want %v", r, s, got, want)
	}
}

func TestSameAsRegexp(t *testing.T) {
	pieces := []string{"fee", "fees", " ", "\n", "charges", "a", "b", "c", "d", "e", "f", "x", "y", "_", "-", "*", "#",
		"company", ":", "employer", "رجسٹریشن", "فیس", "é", "\xff", "\xe0", "\xa0", "dd", "no ", "challan", "12", "3 ",
		"main ", "st", "ave", ".", "l.l.c.", "w.l.l", "on ", "via ", "https://", "www.", "acme.com", "@", "pk", "<",
		"$5", "#url_ab#", "#phone_"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range patterns {
		r := MustCompile(p)
		for range 3000 {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			compare(t, r, b.String())
		}
	}
}

func TestFilterBuilt(t *testing.T) {
	for _, p := range []string{`\b(fees?|charges)\b`, `(رجسٹریشن|ٹریننگ)?\s*فیس`, `\bdd\b|challan`} {
		if !MustCompile(p).Filterable() {
			t.Errorf("%s: no prefix filter", p)
		}
	}
	if MustCompile(`x*`).Filterable() {
		t.Error("a pattern matching empty must not be filtered")
	}
}

// TestHostileInputLinear runs on a megabyte of candidate starts; it has no
// timing assertion, only a size at which a quadratic scan would not finish.
func TestHostileInputLinear(t *testing.T) {
	// Every space starts an attempt that reads to the end of the spaces.
	r := MustCompile(`\b(fees?|charges)\b|\s*فیس`)
	s := strings.Repeat("fee ", 1<<16) + strings.Repeat(" ", 1<<20) + "x"
	if len(r.FindAllStringIndex(s, -1)) != 1<<16 {
		t.Fatal("unexpected match count")
	}
}

// TestBoundedWindowSameAsRegexp checks bounded alternatives, which run on a
// window of the text, where the window's edge matters: \b and $ right after
// the longest match, case folding to a rune of another length (the Kelvin
// sign), and text running on far past the window.
func TestBoundedWindowSameAsRegexp(t *testing.T) {
	for _, c := range []struct{ pattern, text string }{
		{`(?i)\bkm\b`, "10 \u212am, 10 km."},
		{`(?i)\bkm$`, "10 \u212am"},
		{`(?m)\bfees?$`, "fee\nfees \nfees"},
		{`\bx{2,3}\b`, "xx xxxx xxx" + strings.Repeat("y", 5000)},
		{`\b(?:pay|fee)\b\.?`, "pay. fee" + strings.Repeat(" ", 3000) + "fee."},
	} {
		compare(t, MustCompile(c.pattern), c.text)
	}
}

func TestMaxLen(t *testing.T) {
	for p, want := range map[string]int{`fee`: 3, `\bfees?\b`: 4, `a|bcd`: 3, `x{2,3}`: 3, `a+`: -1, `\s*x`: -1,
		`[^\n]{2,200}`: -1, `[0-9a-f]{1,128}`: 128, `é`: 2, `(?i)fee`: 12, `(?i)k`: 4, `[a-zé]`: 2, `\x{FFFD}`: 3} {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := maxLen(re.Simplify()); got != want {
			t.Errorf("maxLen(%s) = %d, want %d", p, got, want)
		}
	}
}

// TestLeadBuilt checks which patterns take the lazy-lead path: the two
// shapes the rule packs use, and not a greedy or unanchored run.
func TestLeadBuilt(t *testing.T) {
	for p, want := range map[string]bool{
		`\A[^\n]{0,80}?(?:(?:rs\.?|pkr|\$)\s*:?\s*\d[\d,.]*|\d[\d,.]*\s*(?:k|lakh)\b)`: true,
		`\A[^\n\d]{0,120}?(?:\bearn(?:ings?)?\b|\${2,})[^\n\d]*(?:\n|\z)`:              true,
		`\A[^\n]{0,80}(?:fee)`: false,
		`(?m)^[^\n]{0,80}?fee`: false,
		`\A[^\n]{0,80}?x*`:     false,
	} {
		if got := MustCompile(p).lead != nil; got != want {
			t.Errorf("%s: lead %v, want %v", p, got, want)
		}
	}
}

// TestExtentBounds checks that no match of an alternative starting at p
// ends past its extent's bound, on random texts.
func TestExtentBounds(t *testing.T) {
	pieces := []string{"fee", "fees", " ", "  ", "\n", "charges", "a", "b", "x", "y", "_", "-", "#", "company", ":",
		"فیس", "é", "\xff", "12", "3 ", "main ", "st", ".", "https://", "www.", "acme.com", "@", "pk", "<", "\t"}
	rng := rand.New(rand.NewPCG(7, 8))
	n := 0
	for _, p := range append(append([]string{}, patterns...), `\b(?:we\s+are|at)\s+`, `\s(?:is|are)\s+(?:[a-z0-9-]+\s+){0,4}?(?:company|firm)\b`) {
		for _, a := range MustCompile(p).alts {
			if a.ext == nil {
				continue
			}
			n++
			for range 300 {
				var b strings.Builder
				for range rng.IntN(16) {
					b.WriteString(pieces[rng.IntN(len(pieces))])
				}
				s := b.String()
				for q := 0; q < len(s); q++ {
					rd := &reader{s: s[q:]}
					if m := a.bare.FindReaderSubmatchIndex(rd); m != nil && q+m[1] > a.ext.reach(s, q, len(s)+1) {
						t.Fatalf("%s on %q at %d: match ends at %d, past the bound %d", p, s, q, q+m[1], a.ext.reach(s, q, len(s)+1))
					}
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d alternatives have an extent", n)
	}
}
