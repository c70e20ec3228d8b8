package contacts

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Phone is a telephone number found in the text.
type Phone struct {
	textnorm.Span
	E164     string // "+923001234567"; empty when Masked
	Region   string // ISO 3166 region of the number, e.g. "PK"
	Mobile   bool   // the number plan says mobile (or fixed-line-or-mobile)
	WhatsApp bool   // a WhatsApp marker sits next to the number
	Masked   bool   // an EMSCAD #PHONE_…# mask: a number existed, details unknown
}

// Email is an e-mail address found in the text.
type Email struct {
	textnorm.Span
	Addr, Domain string
	FreeMail     bool // the domain is a public free-mail provider
	Masked       bool // an EMSCAD #EMAIL_…# mask
}

// Link is a URL or bare domain found in the text.
type Link struct {
	textnorm.Span
	URL, Host string
	// Kind is one of KindMessaging, KindShortener, KindForm, KindSocial,
	// KindSite, or "" for an EMSCAD mask.
	Kind   string
	Masked bool // an EMSCAD #URL_…# mask
}

// Link kinds.
const (
	KindMessaging = "messaging"
	KindShortener = "shortener"
	KindForm      = "form"
	KindSocial    = "social"
	KindSite      = "site"
)

// Finding is a span of the folded text with a label saying what it is.
type Finding struct {
	textnorm.Span
	Kind string
}

// Facts is everything contacts found in one advert, in text order per slice.
type Facts struct {
	Phones []Phone
	Emails []Email
	Links  []Link
	// Messaging holds mentions of a chat app as the contact channel. Kind is
	// the app ("whatsapp", "telegram", "signal", "imo", "viber"), with an
	// "-only" suffix when the ad says that app is the only way.
	Messaging []Finding
	// EMSCADMasked reports that the text carries EMSCAD contact masks.
	EMSCADMasked bool
}

var maskRe = rxscan.MustCompile(`#(phone|email|url)_[0-9a-f]{1,128}#`)

// Extract finds every contact in d. defaultRegion is the ISO region used for
// numbers written without a country code; "" tries PK, IN, AE, PH and US in
// that order and keeps the first that validates.
func Extract(d *textnorm.Doc, defaultRegion string) Facts {
	var f Facts
	if d == nil {
		return f
	}
	f.Phones = findPhones(d.Folded, defaultRegion)
	f.Emails = Emails(d)
	f.Links = Links(d)
	f.Messaging = Messaging(d)
	f.addMasks(d.Folded)
	return f
}

// addMasks records EMSCAD masks; they are appended after real contacts
// because the data set never mixes the two in one field.
func (f *Facts) addMasks(s string) {
	for _, m := range maskRe.FindAllStringSubmatchIndex(s, -1) {
		sp := textnorm.Span{Start: m[0], End: m[1]}
		f.EMSCADMasked = true
		switch s[m[2]:m[3]] {
		case "phone":
			f.Phones = append(f.Phones, Phone{Span: sp, Masked: true})
		case "email":
			f.Emails = append(f.Emails, Email{Span: sp, Masked: true})
		default:
			f.Links = append(f.Links, Link{Span: sp, Masked: true})
		}
	}
}

// Domains lists the distinct lower-case domains (without "www.") of the
// e-mails and links in f.
func (f Facts) Domains() []string {
	seen := map[string]bool{}
	var out []string
	add := func(h string) {
		h = strings.TrimPrefix(h, "www.")
		if h != "" && !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	for _, e := range f.Emails {
		add(e.Domain)
	}
	for _, l := range f.Links {
		add(l.Host)
	}
	return out
}
