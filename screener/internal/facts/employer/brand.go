package employer

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// brandDomains maps each brand to the registrable labels its own mail and
// sites use. Scammers borrow these names; the real firms write from these.
var brandDomains = map[string][]string{
	"amazon": {"amazon"}, "google": {"google"}, "microsoft": {"microsoft"}, "apple": {"apple"},
	"meta": {"meta", "facebook", "fb"}, "facebook": {"facebook", "meta", "fb"}, "netflix": {"netflix"},
	"walmart": {"walmart"}, "coca-cola": {"coca-cola", "cocacola", "coca-colacompany"}, "emirates": {"emirates", "emiratesgroupcareers"},
	"etisalat": {"etisalat", "eand"}, "jazz": {"jazz"}, "telenor": {"telenor"}, "daraz": {"daraz"},
	"k-electric": {"ke", "kelectric"}, "pia": {"piac"}, "infosys": {"infosys"}, "tcs": {"tcs", "tcsexpress"},
	"wipro": {"wipro"}, "accenture": {"accenture"}, "teleperformance": {"teleperformance", "tp"},
	"concentrix": {"concentrix"}, "ibex": {"ibex", "ibexglobal"}, "trg": {"trg", "trgworld"},
	"careem": {"careem"}, "uber": {"uber"}, "fedex": {"fedex"}, "dhl": {"dhl"}, "aramco": {"aramco"},
}

var brandRe = rxscan.MustCompile(`\b(amazon|google|microsoft|apple|meta|facebook|netflix|walmart|coca[-\s]?cola|` +
	`emirates|etisalat|jazz|telenor|daraz|k[-\s]?electric|pia|infosys|tcs|wipro|accenture|teleperformance|` +
	`concentrix|ibex|trg|careem|uber|fedex|dhl|aramco)\b`)

// productAfter are words that turn a brand into a tool or skill ("Google
// Sheets", "Amazon VA", "Facebook ads"), which is not naming an employer.
var productAfter = wordSet(`forms form meet sheets docs drive ads ad maps classroom chrome workspace analytics
	office word excel teams outlook 365 powerpoint azure fba va virtual store seller sellers account product
	products ppc listing listings kdp marketplace page pages group groups marketing id pay watch music cloud
	certified certification tags description`)

func brands(x *scan) []Finding {
	if !x.has(cueBrand) {
		return nil
	}
	s := x.d.Folded
	var out []Finding
	for _, m := range x.findAll(brandRe, x.tightWindowsOf(cueBrand)) {
		b := brandKind(s[m[2]:m[3]])
		next := strings.Fields(s[m[1]:min(len(s), m[1]+16)])
		if len(next) > 0 && productAfter[strings.Trim(next[0], ".,;:!?()")] {
			continue
		}
		if b == "emirates" && strings.HasSuffix(s[:m[0]], "arab ") {
			continue // United Arab Emirates is a country
		}
		out = append(out, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: b})
	}
	return out
}

// hirerBrands returns the brand mentions the advert presents as the hirer:
// the employer's name is the brand, hiring words stand next to it ("Amazon
// is hiring", "Amazon jobs", "join Amazon", "hiring for Amazon"), or it is
// part of a contact address that is not the brand's own
// (amazon.hrdesk@gmail.com). A brand in a list of clients, past employers
// or skills is only a mention.
func (f *Facts) hirerBrands(d *textnorm.Doc, c contacts.Facts) []Finding {
	nameBrand := ""
	if f.Name != "" {
		n := strings.ToLower(f.Name)
		if m := brandRe.FindAllStringSubmatchIndex(n, 1); m != nil {
			nameBrand = brandKind(n[m[0][2]:m[0][3]])
		}
	}
	var out []Finding
	for _, b := range f.Brands {
		if b.Kind == nameBrand || hiringNear(d, b.Span) || inOffBrandContact(c, b) {
			out = append(out, b)
		}
	}
	return out
}

// brandKind names the brand a brandRe group matched.
func brandKind(m string) string { return brandSpelling.Replace(m) }

var brandSpelling = strings.NewReplacer(" ", "-", "cocacola", "coca-cola", "kelectric", "k-electric")

// hiringAfter are words that, straight after a brand, make it the hirer:
// "Amazon jobs", "Amazon careers", "Amazon HR", "Amazon work from home".
var hiringAfter = wordSet(`jobs job careers career vacancy vacancies hiring recruitment recruiting recruiter
	recruiters hr wfh hirings openings`)

// hiringVerbs follow "<brand> is/are": "Amazon is hiring".
var hiringVerbs = wordSet(`hiring recruiting looking seeking searching offering inviting`)

// hiringBefore are words that, straight before a brand, make it the hirer:
// "hiring Amazon", "join Amazon", "jobs at Amazon" (with "at"/"in"/"for").
var hiringBefore = wordSet(`hiring join joining`)

// hiringBeforeAt are words that make the brand after "at", "in", "for" or
// "with" the hirer: "jobs in Amazon", "hiring for Amazon", "work for Amazon".
var hiringBeforeAt = wordSet(`jobs job vacancies vacancy careers career hiring recruiting openings work`)

// hiringNear reports whether hiring words stand next to the brand at sp.
func hiringNear(d *textnorm.Doc, sp textnorm.Span) bool {
	i := d.TokenAt(sp.Start)
	j := d.TokenAt(sp.End - 1) // the brand's last token ("coca cola")
	if i >= len(d.Tokens) || j >= len(d.Tokens) {
		return false
	}
	sent := d.Tokens[i].Sentence
	word := func(k int) string {
		if k < 0 || k >= len(d.Tokens) || d.Tokens[k].Sentence != sent {
			return ""
		}
		return d.Tokens[k].Text
	}
	switch next := word(j + 1); {
	case hiringAfter[next] || hiringAfter[word(j+2)] && !productAfter[next]: // "Jazz franchise jobs"
		return true
	case next == "is" || next == "are":
		return hiringVerbs[word(j+2)]
	case next == "work" && word(j+2) == "from":
		return true
	}
	switch prev := word(i - 1); {
	case hiringBefore[prev]:
		return true
	case prev == "at" || prev == "in" || prev == "for" || prev == "with":
		return hiringBeforeAt[word(i-2)]
	}
	return false
}

// inOffBrandContact reports whether the brand mention b is part of an
// e-mail address or link that is not on the brand's own domain.
func inOffBrandContact(c contacts.Facts, b Finding) bool {
	own := func(host string) bool {
		for _, l := range brandDomains[b.Kind] {
			if registrable(host) == l {
				return true
			}
		}
		return false
	}
	for _, e := range c.Emails {
		if !e.Masked && e.Start <= b.Start && b.End <= e.End {
			return !own(e.Domain)
		}
	}
	for _, l := range c.Links {
		if !l.Masked && l.Start <= b.Start && b.End <= l.End && l.Kind != contacts.KindMessaging {
			return !own(l.Host)
		}
	}
	return false
}

// offBrand reports whether any way of contacting the ad is off the brands
// named: free-mail, a chat app, or a domain that is neither a named brand's
// nor the employer's own. Bare domains that are two sentences glued
// together, and mailbox names read as sites, are no contact.
func (f *Facts) offBrand(d *textnorm.Doc, c contacts.Facts) bool {
	if len(c.Messaging) > 0 {
		return true
	}
	own := map[string]bool{}
	for _, b := range f.Brands {
		for _, l := range brandDomains[b.Kind] {
			own[l] = true
		}
	}
	var domains []string
	for _, e := range c.Emails {
		if !e.Masked {
			domains = append(domains, e.Domain)
		}
	}
	for _, l := range c.Links {
		if !l.Masked && !gluedSentences(d, l) && !inEmail(c, l.Span) {
			domains = append(domains, strings.TrimPrefix(l.Host, "www."))
		}
	}
	for _, dom := range domains {
		switch {
		case dom == "":
		case contacts.IsFreeMail(dom):
			return true
		case onBoard(dom) || own[registrable(dom)]:
		case f.DomainMatch && domainMatches(f.Name, []string{dom}):
		default:
			return true
		}
	}
	return false
}
