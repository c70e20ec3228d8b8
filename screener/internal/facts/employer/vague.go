package employer

import (
	"sort"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// vagueKinds name the placeholders by vagueAt's alternative.
var vagueKinds = []string{"", "software-house", "mnc", "reputed", "confidential", "our-client", "somewhere", "call-center"}

// vague finds placeholders outside the name itself. A bare "call center" is
// only a placeholder when no name was found: with a name it is the trade.
func vague(x *scan, name *textnorm.Span, named bool) []Finding {
	if !x.has(cueVague | cueVagueNoun | cueClient) {
		return nil
	}
	var out []Finding
	for _, m := range x.hits(phraseVague, x.tightWindows(cueVague|cueVagueNoun|cueClient, vagueLines)) {
		if name != nil && m.start < name.End && name.Start < m.end {
			continue
		}
		kind := vagueKinds[m.alt]
		if kind == "call-center" && named {
			continue
		}
		out = append(out, Finding{Span: textnorm.Span{Start: m.start, End: m.end}, Kind: kind})
	}
	return out
}

// vagueLines reports whether a sentence may hold a placeholder (see vagueAt): a word
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
