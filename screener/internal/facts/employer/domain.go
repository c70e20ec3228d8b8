package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
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
func websites(c contacts.Facts) []Finding {
	var out []Finding
	for _, l := range c.Links {
		if l.Kind != contacts.KindSite || contacts.IsFreeMail(l.Host) || onBoard(l.Host) || inEmail(c, l.Span) {
			continue
		}
		out = append(out, Finding{Span: l.Span, Kind: "website"})
	}
	return out
}

// inEmail reports whether sp lies inside one of the e-mail addresses: the
// "amazon.careers" of amazon.careers.desk@yahoo.com is a mailbox name, not a
// site, whatever its last label looks like.
func inEmail(c contacts.Facts, sp textnorm.Span) bool {
	for _, e := range c.Emails {
		if !e.Masked && e.Start <= sp.Start && sp.End <= e.End {
			return true
		}
	}
	return false
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

// hostingSites carry many employers' careers pages (applicant-tracking
// systems); a link to one neither matches nor contradicts the employer.
var hostingSites = wordSet(`greenhouse.io lever.co workable.com smartrecruiters.com myworkdayjobs.com workday.com
	bamboohr.com icims.com taleo.net jobvite.com breezy.hr recruitee.com applytojob.com jazzhr.com ashbyhq.com
	teamtailor.com personio.de personio.com zohorecruit.com freshteam.com schema.org w3.org`)

// publicSuffixes are second-level labels of government and academic domains,
// which nobody registers at will, so a mismatch there is no warning.
var publicSuffixes = wordSet(`gov gob gouv nic edu ac mil`)

// neutralHost reports whether host says nothing about who the employer is.
func neutralHost(host string) bool {
	if contacts.IsFreeMail(host) || onBoard(host) {
		return true
	}
	labels := strings.Split(host, ".")
	for i, l := range labels {
		if i > 0 && publicSuffixes[l] || i == len(labels)-1 && l == "gov" {
			return true
		}
	}
	for h := host; h != ""; {
		if hostingSites[h] {
			return true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return false
}

// offName returns the contacts on corporate domains — e-mails and sites, not
// free-mail, job boards or hosting sites — when there are some and none of
// them is related to name. A brand's name is left to the brand rules.
func offName(d *textnorm.Doc, name string, c contacts.Facts) []Finding {
	if name == "" || brandRe.FindStringIndex(strings.ToLower(name)) != nil {
		return nil
	}
	var out []Finding
	check := func(sp Finding, host string) bool {
		host = strings.TrimPrefix(host, "www.")
		if host == "" || neutralHost(host) {
			return true
		}
		if related(name, host) {
			return false
		}
		out = append(out, sp)
		return true
	}
	for _, e := range c.Emails {
		if !e.Masked && !check(Finding{Span: e.Span, Kind: "email"}, e.Domain) {
			return nil
		}
	}
	for _, l := range c.Links {
		if l.Kind == contacts.KindSite && !l.Masked && !gluedSentences(d, l) && !inEmail(c, l.Span) && contactSite(d, l) && !check(Finding{Span: l.Span, Kind: "website"}, l.Host) {
			return nil
		}
	}
	return out
}

// contactSite reports whether a site link is given as a place to apply or
// write to: a full URL, a "www." host, or a bare domain after words such as
// "apply", "visit" or "website". A bare domain elsewhere is more often the
// name of a product or a client ("Sales Manager (businessfriend.com)").
func contactSite(d *textnorm.Doc, l contacts.Link) bool {
	if strings.Contains(l.URL, "://") || strings.HasPrefix(l.Host, "www.") {
		return true
	}
	lo := max(0, l.Start-48)
	if i := strings.LastIndexByte(d.Folded[lo:l.Start], '\n'); i >= 0 {
		lo += i + 1
	}
	for _, w := range strings.FieldsFunc(d.Folded[lo:l.Start], func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		if siteCues[w] {
			return true
		}
	}
	return false
}

// siteCues are words that present a following domain as a contact.
var siteCues = wordSet(`apply applications visit website web site online portal submit send email mail contact
	click register login log careers career resume resumes cv`)

// gluedSentences reports whether a bare domain is two sentences run
// together, as exports that drop line breaks write "in this role.In your
// first month": a capital straight after the dot.
func gluedSentences(d *textnorm.Doc, l contacts.Link) bool {
	if strings.Contains(l.URL, "://") || strings.HasPrefix(l.Host, "www.") {
		return false
	}
	s, e := d.Source(l.Start, l.End)
	src := d.Src[s:e]
	for i := 0; i+1 < len(src); i++ {
		if src[i] == '.' && 'A' <= src[i+1] && src[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// related is a looser domainMatches: the domain also belongs to the name
// when its label holds a distinctive word of the name ("acmecareers.com",
// "joinacme.io") or is a prefix of one.
func related(name, host string) bool {
	if domainMatches(name, []string{host}) {
		return true
	}
	l := strings.ReplaceAll(registrable(host), "-", "")
	if len(l) < 3 {
		return false
	}
	for _, t := range nameTokens(name) {
		if genericWords[t] || tradeWords[t] {
			continue
		}
		if len(t) >= 4 && strings.Contains(l, t) || strings.HasPrefix(t, l) {
			return true
		}
	}
	return false
}

// tradeWords are common in company names but say nothing about which
// company a domain belongs to ("solutions" is in half the domains of a city).
var tradeWords = wordSet(`solutions solution services service technologies technology tech systems global
	international consulting consultants group holdings enterprises industries trading network networks
	digital media software labs partners associates management resources staffing recruitment careers jobs`)
