package employer

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"sort"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// vagueRe finds phrases that stand in for an employer's name. Group order
// matches vagueKinds.
var vagueRe = rxscan.MustCompile(`\b(?:(software\s+house)|(mnc|multi-?national\s+(?:company|firm|organi[sz]ation|bank)|international\s+(?:company|firm|organi[sz]ation))` +
	`|((?:a\s+|one\s+of\s+the\s+)?(?:leading|reputed|reputable|renowned|well[-\s]known|famous|top|prestigious)\s+(?:[a-z]+\s+)?(?:company|companies|firm|organi[sz]ation|group|brand|bpo|call\s+cent(?:er|re)|software\s+house))` +
	`|((?:company|employer|client|organi[sz]ation)(?:\s+name)?\s*[:\-]?\s*(?:confidential|undisclosed|not\s+disclosed)|confidential\s+(?:company|employer|client))` +
	`|(our\s+(?:client|customer)s?\b)|((?:a|an)\s+(?:[a-z]+\s+){0,2}(?:company|firm|call\s+cent(?:er|re)|office|software\s+house)\s+(?:in|at|based\s+in)\s+[a-z]+)` +
	`|(call\s+cent(?:er|re)s?|bpo))\b`)

var vagueKinds = []string{"", "software-house", "mnc", "reputed", "confidential", "our-client", "somewhere", "call-center"}

// vague finds placeholders outside the name itself. A bare "call center" is
// only a placeholder when no name was found: with a name it is the trade.
func vague(x *scan, name *textnorm.Span, named bool) []Finding {
	if !x.has(cueVague | cueVagueNoun | cueClient) {
		return nil
	}
	var out []Finding
	for _, m := range x.findAll(vagueRe, x.tightWindows(cueVague|cueVagueNoun|cueClient, vagueLines)) {
		if name != nil && m[0] < name.End && name.Start < m[1] {
			continue
		}
		kind := ""
		for g := 1; g < len(vagueKinds); g++ {
			if m[2*g] >= 0 {
				kind = vagueKinds[g]
				break
			}
		}
		if kind == "call-center" && named {
			continue
		}
		out = append(out, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: kind})
	}
	return out
}

// vagueLines reports whether a sentence may hold a vagueRe match: a word
// of its own ("software house", "confidential"), an adjective with a noun
// ("leading company"), "our" with "clients", or "a"/"an", a noun and
// "in"/"at"/"based" ("a company in Lahore"). "company", "top", "well" and
// "customers" alone are in most sentences of most adverts.
func vagueLines(c cue) bool {
	return c&cueVague != 0 || c&cueVagueNoun != 0 && (c&cueVagueAdj != 0 || c&cueArticle != 0 && c&cueAt != 0) ||
		c&cueClient != 0 && c&cueWe != 0
}

func sortFindings(fs []Finding) {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Start != fs[j].Start {
			return fs[i].Start < fs[j].Start
		}
		return fs[i].End > fs[j].End
	})
}
