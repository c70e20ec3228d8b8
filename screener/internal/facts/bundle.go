package facts

import (
	"strings"
	"sync"

	"github.com/jobscreen/jobscreen/screener/internal/facts/asks"
	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/facts/education"
	"github.com/jobscreen/jobscreen/screener/internal/facts/employer"
	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/facts/pay"
	"github.com/jobscreen/jobscreen/screener/internal/facts/places"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Config is what the extractors need beyond the text; it is built once per
// Screener and shared read-only.
type Config struct {
	Countries map[string]pay.Country // keyed by ISO2
	Rates     map[string]float64     // USD per unit
	Gazetteer *places.Gazetteer
	Registry  *employer.Registry // nil when the user gave none
}

// NewConfig returns the default configuration with the given country rows
// added or replaced.
func NewConfig(countries map[string]pay.Country, reg *employer.Registry) *Config {
	c := &Config{Countries: pay.DefaultCountries(), Rates: pay.DefaultRates(), Gazetteer: places.Default(), Registry: reg}
	for k, v := range countries {
		c.Countries[k] = v
	}
	return c
}

// Hints are structured fields that sharpen extraction.
type Hints struct {
	Company, Location, Education, Experience string
}

// Bundle is everything the extractors found in one listing.
type Bundle struct {
	Doc      *textnorm.Doc
	Home     string // ISO2 of the advert's own country, "" unknown
	Pay      []PayFact
	Edu      education.Facts
	Places   places.Facts
	Contacts contacts.Facts
	Employer employer.Facts
	Asks     asks.Facts
}

// PayFact is a pay figure with the comparison the pay rules need.
type PayFact struct {
	pay.Pay
	Country string  // ISO2 whose wages it is compared with
	Ratio   float64 // monthly figure over that country's minimum wage; 0 unknown
}

// keysPool recycles the token-key slices the places and education
// extractors share.
var keysPool = sync.Pool{New: func() any { return new([]string) }}

// Extract runs every extractor once over d.
func Extract(d *textnorm.Doc, h Hints, cfg *Config) *Bundle {
	b := &Bundle{Doc: d}
	kp := keysPool.Get().(*[]string)
	keys := lex.AppendKeys((*kp)[:0], d)
	b.Places = cfg.Gazetteer.ExtractKeys(d, keys, homeHint(cfg, h.Location))
	b.Home = b.Places.Home
	b.Edu = education.ExtractKeys(d, keys)
	if cap(keys) <= 1<<14 { // the facts keep strings, never the slice
		clear(keys)
		*kp = keys[:0]
		keysPool.Put(kp)
	}
	if lvl := education.FromField(h.Education); lvl != education.Unknown && b.Edu.Required == education.Unknown {
		b.Edu.Required = lvl
	}
	b.Contacts = contacts.Extract(d, b.Home)
	b.Employer = employer.Extract(d, h.Company, b.Contacts, cfg.Registry)
	b.Asks = asks.Extract(d)
	b.Pay = b.comparePay(pay.FindDoc(d), cfg)
	return b
}

// comparePay resolves each figure's currency and compares it with the
// minimum wage of the country where the work would be done.
func (b *Bundle) comparePay(found []pay.Pay, cfg *Config) []PayFact {
	out := make([]PayFact, 0, len(found))
	dest := ""
	if len(b.Places.Abroad) > 0 {
		dest = b.Places.Abroad[0].Place.Country
	}
	for _, p := range found {
		p.Currency = pay.ResolveCurrency(p.Currency, b.Home)
		pf := PayFact{Pay: p, Country: compareCountry(p.Currency, b.Home, dest)}
		if c, ok := cfg.Countries[pf.Country]; ok && c.MinWageMonthly > 0 && p.Monthly() > 0 {
			if m, ok := pay.Convert(monthlyTop(p), p.Currency, c.Currency, cfg.Rates); ok {
				pf.Ratio = m / c.MinWageMonthly
			}
		}
		out = append(out, pf)
	}
	return out
}

// monthlyTop is the figure an advert's claim rests on: the top of a range
// or of an "up to".
func monthlyTop(p pay.Pay) float64 {
	if p.MonthlyMax > 0 {
		return p.MonthlyMax
	}
	return p.MonthlyMin
}

// compareCountry picks the country whose wages a figure is judged by: the
// destination for work abroad, else the currency's own country when the
// advert's home is unknown or the same, else the home country.
func compareCountry(cur, home, dest string) string {
	if dest != "" {
		return dest
	}
	own := CurrencyCountry(cur)
	if home == "" || own == home {
		return own
	}
	return home
}

// homeHint reads the advert's country from its location field: an ISO
// code first ("US, NY, New York" in job-board exports), else a place name.
func homeHint(cfg *Config, loc string) string {
	loc = strings.TrimSpace(loc)
	if loc == "" {
		return ""
	}
	if len(loc) >= 2 && (len(loc) == 2 || loc[2] == ',') && isUpper(loc[0]) && isUpper(loc[1]) {
		return loc[:2]
	}
	for _, m := range cfg.Gazetteer.Extract(textnorm.New(loc), "").Places {
		return m.Place.Country
	}
	return ""
}

func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

var currencyCountry = map[string]string{
	"PKR": "PK", "INR": "IN", "PHP": "PH", "AED": "AE", "SAR": "SA", "QAR": "QA", "KWD": "KW",
	"OMR": "OM", "BHD": "BH", "USD": "US", "GBP": "GB", "THB": "TH", "MYR": "MY", "BDT": "BD",
	"LKR": "LK", "NPR": "NP", "KHR": "KH", "MMK": "MM", "LAK": "LA", "VND": "VN", "IDR": "ID",
	"NGN": "NG", "EGP": "EG",
}

// CurrencyCountry returns the ISO2 country a currency belongs to, or "".
func CurrencyCountry(cur string) string { return currencyCountry[cur] }

// ContactList lists the contacts found, as a reader would write them.
func ContactList(b *Bundle) []string {
	var out []string
	for _, p := range b.Contacts.Phones {
		if p.E164 != "" {
			out = append(out, p.E164)
		}
	}
	for _, e := range b.Contacts.Emails {
		if e.Addr != "" {
			out = append(out, e.Addr)
		}
	}
	for _, l := range b.Contacts.Links {
		if l.URL != "" {
			out = append(out, l.URL)
		}
	}
	return out
}
