package screener

import (
	"math"
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts"
	"github.com/jobscreen/jobscreen/screener/internal/facts/education"
)

// summarize reports what the extractors understood, for readers who want
// to check the screener's reading of the advert.
func summarize(b *facts.Bundle) Facts {
	d := b.Doc
	var f Facts
	for _, p := range b.Pay {
		st, en := d.Source(p.Start, p.End)
		f.Pay = append(f.Pay, PayFact{Text: d.Src[st:en], Currency: p.Currency, Period: string(p.Period),
			MonthlyMin: round(p.MonthlyMin), MonthlyMax: round(p.MonthlyMax), MinWageRatio: math.Round(p.Ratio*100) / 100})
	}
	f.Country = b.Home
	if b.Edu.NoDegree {
		f.Education = "none required"
	} else if b.Edu.Required != education.Unknown {
		f.Education = b.Edu.Required.String()
	}
	f.Senior = eduQuotes(b, "senior")
	f.Licences = eduQuotes(b, "licence")
	seen := map[string]bool{}
	for _, m := range b.Places.Abroad {
		if !seen[m.Place.Name] {
			seen[m.Place.Name] = true
			f.Destinations = append(f.Destinations, m.Place.Name)
		}
	}
	f.Employer = b.Employer.Name
	f.Contacts = facts.ContactList(b)
	return f
}

// eduQuotes returns the input text of the education evidence of one kind,
// each wording once.
func eduQuotes(b *facts.Bundle, kind string) []string {
	var out []string
	for _, e := range b.Edu.Evidence {
		if e.Kind != kind {
			continue
		}
		st, en := b.Doc.Source(e.Start, e.End)
		if q := strings.Join(strings.Fields(b.Doc.Src[st:en]), " "); !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, q) }) {
			out = append(out, q)
		}
	}
	return out
}

func round(x float64) float64 { return math.Round(x) }
