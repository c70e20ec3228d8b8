package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Finding is a span of the folded text with a label saying what it is.
type Finding struct {
	textnorm.Span
	Kind string
}

// Facts describes the employer of one advert.
type Facts struct {
	// Name is the employer: the caller's company field, else a name found in
	// the text. NameSpan is its place in the folded text, nil when the name
	// came from the field and does not occur in the text.
	Name     string
	NameSpan *textnorm.Span
	// LegalForm is the canonical legal form ("Private Limited", "LLC", …).
	LegalForm     string
	LegalFormSpan *textnorm.Span
	// Registrations are registration or licence numbers; Kind names the
	// scheme: "secp", "ntn", "cin", "gstin", "pseb", "oep", "dmw", "peza",
	// "trade-licence", "licence", "registration", "incorporation", or a
	// "-claim" suffix when a registration is claimed without a number.
	Registrations []Finding
	// Vague are placeholders standing where a name should be.
	Vague []Finding
	// Address are physical addresses. LandmarkOnly is filled only when there
	// is no address and the ad locates itself by a landmark alone.
	Address      []Finding
	LandmarkOnly []Finding
	// NoAddress is filled when the advert places the job in a city and
	// gives a phone or chat number, but no address, no landmark and no
	// site or company e-mail where the employer could be found: the cities
	// it names, which are all a reader has to go on.
	NoAddress []Finding
	// Website are corporate sites named in the text (not free-mail,
	// shorteners, chat apps, social networks or job boards).
	Website []Finding
	// DomainMatch says an e-mail or website domain of the ad matches Name.
	DomainMatch bool
	// OffName are the ad's e-mails and sites on corporate domains (not
	// free-mail, job boards or careers-page hosts) when there are some and
	// none of them belongs to Name; empty when Name is unknown or a brand.
	OffName []Finding
	// Brands are well-known companies named in the text; Kind is the brand.
	// BrandHirer are those of them the advert presents as the one hiring
	// ("Amazon is hiring", "Amazon jobs", "join Amazon", a contact address
	// named after the brand), not merely mentions ("experience with
	// Amazon Web Services", "ex Google engineers"). BrandEmailMismatch says
	// a brand is presented so while the ad's contacts are free-mail, chat
	// apps or domains that belong to no named brand.
	Brands             []Finding
	BrandHirer         []Finding
	BrandEmailMismatch bool
	// InRegistry is set only when a registry was supplied.
	InRegistry *bool
}

// Extract reads the employer facts from d. company is the listing's company
// field ("" when unknown); c is what contacts.Extract found in the same
// listing, passed in so links, e-mails and chat apps are read once; reg may
// be nil.
func Extract(d *textnorm.Doc, company string, c contacts.Facts, reg *Registry) Facts {
	if d == nil {
		return Facts{}
	}
	x := newScan(d)
	x.takeWords()
	defer x.releaseWords()
	return extract(x, company, c, reg)
}

func extract(x *scan, company string, c contacts.Facts, reg *Registry) Facts {
	var f Facts
	d := x.d
	f.findName(x, strings.TrimSpace(company))
	f.Registrations = registrations(x)
	f.Vague = vague(x, f.NameSpan, f.Name != "")
	f.Address, f.LandmarkOnly = addresses(x)
	f.Website = websites(c)
	if len(f.Address) == 0 && len(f.LandmarkOnly) == 0 && len(f.Website) == 0 && !corporateMail(c) && !c.EMSCADMasked &&
		(len(c.Phones) > 0 || len(c.Messaging) > 0) {
		f.NoAddress = unlocated(x)
	}
	doms := c.Domains()
	f.DomainMatch = domainMatches(f.Name, doms)
	if !f.DomainMatch {
		f.OffName = offName(d, f.Name, c)
	}
	f.Brands = brands(x)
	if len(f.Brands) > 0 {
		f.BrandHirer = f.hirerBrands(d, c)
	}
	if len(f.BrandHirer) > 0 {
		f.BrandEmailMismatch = f.offBrand(d, c)
	}
	if reg != nil {
		in := f.Name != "" && reg.Contains(f.Name)
		f.InRegistry = &in
	}
	return f
}
