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
	for _, m := range x.findAll(brandRe, x.windowsOf(cueBrand)) {
		b := strings.NewReplacer(" ", "-", "cocacola", "coca-cola", "kelectric", "k-electric").Replace(s[m[2]:m[3]])
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

// offBrand reports whether any way of contacting the ad is off the brands
// named: free-mail, a chat app, or a domain that is neither a named brand's
// nor the employer's own.
func (f *Facts) offBrand(c contacts.Facts, domains []string) bool {
	if len(c.Messaging) > 0 {
		return true
	}
	own := map[string]bool{}
	for _, b := range f.Brands {
		for _, l := range brandDomains[b.Kind] {
			own[l] = true
		}
	}
	for _, dom := range domains {
		switch {
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
