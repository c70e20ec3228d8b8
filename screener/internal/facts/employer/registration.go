package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

var (
	ntnRe   = rxscan.MustCompile(`\bntn\s*(?:no\b\.?|number|#)?\s*[:#.-]?\s*\d{7}-?\d\b`)
	cinRe   = rxscan.MustCompile(`\b[lu]\d{5}[a-z]{2}\d{4}[a-z]{3}\d{6}\b`)
	gstinRe = rxscan.MustCompile(`\b\d{2}[a-z]{5}\d{4}[a-z][0-9a-z]z[0-9a-z]\b`)
	// numberedRe is "<licence|registration|…> no. <id>", or the label right
	// before an id that cannot be an amount ("registration 00031457",
	// "licence HT-0912"); the scheme is read from the words just before it.
	numberedRe = rxscan.MustCompile(`\b(licen[cs]e|lic|reg|registration|incorporation|permit|cuin)\b\.?\s*(?:(?:no\b\.?|number|num|#)\s*[:#.-]?\s*[a-z]{0,5}[-/ ]?\d[0-9a-z/-]{2,}|:?\s*(?:\d{6,}|[a-z]{1,5}-\d{3,})\b)`)
	// bareRe is a registry's own word straight before the number, without
	// "no.": "SECP CUIN 0113905", "CUIN: 0123456", "PSEB 12345".
	bareRe  = rxscan.MustCompile(`\b(?:(?:secp|pseb)\s*[:#.-]?\s*)?(cuin|secp|pseb)\s*[:#.-]?\s*\d{5,}(?:-\d)?\b`)
	claimRe = rxscan.MustCompile(`\b(?:registered\s+(?:with|under|by)\s+(?:the\s+)?(secp|pseb|dmw|dole|poea|peza)|(secp|pseb)\s*[-\s]?(?:registered|registration|reg)\b)`)
)

// schemes are the words that name a registration's scheme; whole says the
// word must stand alone ("oep", not inside "coepts").
var schemes = []struct {
	w     string
	whole bool
}{{"secp", false}, {"pseb", false}, {"overseas employment promoter", false}, {"oep", true}, {"protector", false},
	{"dole", true}, {"poea", true}, {"dmw", true}, {"peza", true}, {"trade", false}, {"cin", true}, {"gst", false}}

// lastScheme returns the scheme word that occurs last in s, or "".
func lastScheme(s string) string {
	best, at := "", -1
	for _, sc := range schemes {
		for end := len(s); end > at; {
			i := strings.LastIndex(s[:end], sc.w)
			if i <= at {
				break
			}
			if !sc.whole || wordEdge(s, i-1) && wordEdge(s, i+len(sc.w)) {
				best, at = sc.w, i
				break
			}
			end = i + len(sc.w) - 1
		}
	}
	return best
}

// wordEdge reports whether s[i] is outside s or not an ASCII word byte.
func wordEdge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || c == '_')
}

var schemeKinds = map[string]string{
	"secp": "secp", "pseb": "pseb", "overseas employment promoter": "oep", "oep": "oep", "protector": "oep",
	"dole": "dmw", "poea": "dmw", "dmw": "dmw", "peza": "peza", "trade": "trade-licence", "cin": "cin", "gst": "gstin",
}

// registrations finds registration and licence identifiers in s.
func registrations(x *scan) []Finding {
	if !x.has(cueReg) {
		return nil
	}
	s, ws := x.d.Folded, x.windowsOf(cueReg)
	var out []Finding
	add := func(re *rxscan.Regexp, kind string) {
		for _, m := range x.findAll(re, ws) {
			out = append(out, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: kind})
		}
	}
	add(ntnRe, "ntn")
	add(cinRe, "cin")
	add(gstinRe, "gstin")
	for _, m := range x.findAll(numberedRe, ws) {
		out = append(out, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: numberedKind(s, m)})
	}
	for _, m := range x.findAll(bareRe, ws) {
		out = append(out, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: bareKind(s, m)})
	}
	for _, m := range x.findAll(claimRe, ws) {
		if numberFollows(s[m[1]:]) {
			continue // "SECP registration no. …" is reported with its number
		}
		g := 2
		if m[2] < 0 {
			g = 4
		}
		out = append(out, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: schemeKinds[s[m[g]:m[g+1]]] + "-claim"})
	}
	return dedupe(out)
}

func numberFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " .:")
	return strings.HasPrefix(rest, "no") || strings.HasPrefix(rest, "number") || strings.HasPrefix(rest, "#")
}

// numberedKind names the scheme from the words up to 40 bytes before the
// label on the same line, else from the label itself.
func numberedKind(s string, m []int) string {
	lo := max(0, m[0]-40)
	if i := strings.LastIndexByte(s[lo:m[0]], '\n'); i >= 0 {
		lo += i + 1
	}
	if q := lastScheme(s[lo:m[0]]); q != "" {
		return schemeKinds[q]
	}
	switch w := s[m[2]:m[3]]; {
	case strings.HasPrefix(w, "lic"):
		return "licence"
	case w == "cuin" || w == "incorporation":
		return "incorporation"
	}
	return "registration"
}

// bareKind names the scheme of a bareRe match: the registry it names, else
// one named just before it on the line, else "incorporation" for a CUIN.
func bareKind(s string, m []int) string {
	w := s[m[0]:m[1]]
	switch {
	case strings.Contains(w, "secp"):
		return "secp"
	case strings.Contains(w, "pseb"):
		return "pseb"
	}
	if k := numberedKind(s, m); k != "registration" {
		return k
	}
	return "incorporation"
}

// dedupe drops findings nested in an earlier, longer one (an NTN inside a
// "registration no." match). Sorting first keeps it O(n log n).
func dedupe(fs []Finding) []Finding {
	sortFindings(fs)
	out, end := fs[:0], -1
	for _, f := range fs {
		if f.End <= end {
			continue
		}
		out = append(out, f)
		end = f.End
	}
	return out
}
