package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
)

// jobBoards are sites where many employers post; a link to one says nothing
// about the employer's own web presence.
var jobBoards = wordSet(`linkedin.com rozee.pk mustakbil.com indeed.com glassdoor.com naukri.com bayt.com
	jobstreet.com jobstreet.com.ph monster.com ziprecruiter.com gulftalent.com naukrigulf.com olx.com.pk
	kalibrr.com foundit.in shine.com timesjobs.com`)

// secondLevel are labels that sit between a registrable name and a country
// code, as in nexa.com.pk or acme.co.in.
var secondLevel = wordSet(`com net org edu gov co ac gob`)

// websites keeps the site links that could be the employer's own.
func websites(links []contacts.Link) []Finding {
	var out []Finding
	for _, l := range links {
		if l.Kind != contacts.KindSite || contacts.IsFreeMail(l.Host) || onBoard(l.Host) {
			continue
		}
		out = append(out, Finding{Span: l.Span, Kind: "website"})
	}
	return out
}

func onBoard(host string) bool {
	for h := host; h != ""; {
		if jobBoards[h] {
			return true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			return false
		}
		h = h[i+1:]
	}
	return false
}

// registrable returns the label that names the owner of host:
// "careers.nexacall.com.pk" → "nexacall".
func registrable(host string) string {
	labels := strings.Split(strings.TrimPrefix(host, "www."), ".")
	n := len(labels) - 1 // drop the TLD
	if n >= 2 && secondLevel[labels[n-1]] && len(labels[n]) == 2 {
		n--
	}
	if n < 1 {
		return ""
	}
	return labels[n-1]
}

// nameTokens lower-cases name and drops legal-form and filler words.
func nameTokens(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ReplaceAll(strings.ToLower(name), ".", ""), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	}) {
		if !legalWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var legalWords = wordSet(`pvt private ltd limited llc inc incorporated corp corporation co company llp plc gmbh
	fze fz fzco wll sdn bhd pte smc the and of`)

// domainMatches compares the name with each non-free domain: the registrable
// label must equal the joined name, a leading part of it, or its initials.
func domainMatches(name string, domains []string) bool {
	toks := nameTokens(name)
	if len(toks) == 0 {
		return false
	}
	joined, initials, all := strings.Join(toks, ""), "", ""
	for _, t := range toks {
		initials += t[:1]
	}
	// Acronyms often keep the small words: The Resource Group is TRG.
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if r := []rune(w); len(r) > 0 && !legalWords[strings.Trim(w, ".,()")] || w == "the" || w == "of" || w == "and" {
			all += string(r[0])
		}
	}
	for _, d := range domains {
		if contacts.IsFreeMail(d) {
			continue
		}
		l := strings.ReplaceAll(registrable(d), "-", "")
		if l == "" {
			continue
		}
		if l == joined || len(initials) >= 3 && l == initials || len(all) >= 3 && l == all || len(l) >= 3 && strings.HasPrefix(joined, l) && strings.HasPrefix(l, toks[0]) {
			return true
		}
	}
	return false
}
