package places

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Mention is one place named in the text.
type Mention struct {
	textnorm.Span
	Place Place
}

// Finding is one relocation or licence phrase.
type Finding struct {
	textnorm.Span
	// Kind names the sign: "free-visa", "free-ticket", "visa-ticket-stay",
	// "free-accommodation", "free-food", "free-transport", "all-expenses",
	// "passport", "visit-visa", "work-permit-later", "age", "oep-licence",
	// "in-ra-licence", "ph-licence".
	Kind string
}

// Facts is what a listing says about places and relocation.
type Facts struct {
	Places      []Mention // every place named, in text order
	Abroad      []Mention // places outside Home offered as the place of work
	Home        string    // ISO2 code of the advert's own country; "" when unknown
	Promises    []Finding // free visa, ticket, room, food, transport; "company will bear all expenses"
	PassportAsk []Finding // passport copy, number or originals requested
	VisitVisa   []Finding // visit or tourist visa; work permit promised after arrival
	AgeLimit    []Finding // "age 18-30", "age limit", "umar 20 se 35"
	LicensedOEP []Finding // overseas-employment licences: Pakistan OEP, India RA, Philippines DMW/POEA
}

// ctx is one listing being read.
type ctx struct {
	d    *textnorm.Doc
	keys []string
}

// key returns the key of token k if it is in the sentence of token at, so
// context never reaches across a sentence; "" otherwise.
func (c *ctx) key(k, at int) string {
	if k < 0 || k >= len(c.keys) || c.d.Tokens[k].Sentence != c.d.Tokens[at].Sentence {
		return ""
	}
	return c.keys[k]
}

type hit struct {
	m          Mention
	start, end int // token indexes
	dest       bool
}

// Extract reads the places and relocation signs of a listing. homeHint is
// the ISO2 code of the advert's country when the caller knows it (for
// example from the pay currency); "" lets Extract work it out. It is linear
// in the number of tokens and safe on any input.
func (g *Gazetteer) Extract(d *textnorm.Doc, homeHint string) Facts {
	if g == nil || d == nil {
		return Facts{Home: strings.ToUpper(homeHint)}
	}
	return g.ExtractKeys(d, lex.Keys(d), homeHint)
}

// ExtractKeys is Extract for a caller that already holds lex.Keys(d), so
// the keys of one listing are computed once for every extractor.
func (g *Gazetteer) ExtractKeys(d *textnorm.Doc, keys []string, homeHint string) Facts {
	if g == nil || d == nil {
		return Facts{Home: strings.ToUpper(homeHint)}
	}
	c := &ctx{d: d, keys: keys}
	hits := g.scanPlaces(c)
	f := Facts{Home: g.homeOf(c, hits, homeHint)}
	for _, h := range hits {
		f.Places = append(f.Places, h.m)
		if h.dest && h.m.Place.Country != f.Home {
			f.Abroad = append(f.Abroad, h.m)
		}
	}
	c.scanSignals(&f)
	f.Promises = relocationOnly(f.Promises, len(f.Abroad) > 0)
	return f
}

// localPerks are promises that are ordinary benefits of a local job (a
// hostel, meals, pick and drop to the office); they speak of relocation
// only when the advert sends people abroad. A free visa or air ticket
// always does.
var localPerks = map[string]bool{"free-accommodation": true, "free-food": true, "free-transport": true}

func relocationOnly(ps []Finding, abroad bool) []Finding {
	if abroad {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		if !localPerks[p.Kind] {
			out = append(out, p)
		}
	}
	return out
}

// scanPlaces finds every place, longest spelling first, and decides for
// each whether it is offered as the place of work.
func (g *Gazetteer) scanPlaces(c *ctx) []hit {
	var hits []hit
	for i := 0; i < len(c.keys); {
		v, end := g.longestName(c, i)
		if end < 0 {
			i++
			continue
		}
		h := hit{start: i, end: end, m: Mention{
			Span:  textnorm.Span{Start: c.d.Tokens[i].Start, End: c.d.Tokens[end-1].End},
			Place: g.places[v.place]}}
		h.dest = destination(c, i, end)
		if n := len(hits); !h.dest && n > 0 && hits[n-1].dest && c.listed(hits[n-1].end, i) {
			h.dest = true
		}
		hits = append(hits, h)
		i = end
	}
	return hits
}

// longestName returns the spelling matching the most tokens at i; on a tie
// the later entry wins, so merged user entries override defaults.
func (g *Gazetteer) longestName(c *ctx, i int) (variant, int) {
	var best variant
	bestEnd := -1
	id := c.d.Tokens[i].ID
	if !g.nameStarts.Has(id) {
		return best, bestEnd
	}
	for _, v := range g.names[id] {
		if end := c.spells(v, i); end > 0 && (end > bestEnd || end == bestEnd && v.place > best.place) {
			best, bestEnd = v, end
		}
	}
	return best, bestEnd
}

// spells reports the end of v's tokens when they occur at i, or -1.
func (c *ctx) spells(v variant, i int) int {
	if i+len(v.ids) > len(c.d.Tokens) {
		return -1
	}
	for k := 1; k < len(v.ids); k++ {
		j := i + k
		if c.d.Tokens[j].ID != v.ids[k] || c.d.Tokens[j].Sentence != c.d.Tokens[i].Sentence ||
			v.tight && !lex.Touching(c.d, j-1, j) {
			return -1
		}
	}
	return i + len(v.ids)
}

// homeOf picks the advert's own country: the caller's hint; else a place
// in a recruiting (home) country that is not offered as the workplace
// ("apply from Lahore"); else the first home-country place named before any
// foreign destination ("call centre jobs in Lahore", "riders needed –
// Karachi"), unless strong local clues put the advert in another country;
// else those clues (+92 or 03xx numbers, JazzCash, CNIC, UPI, Aadhaar, ₹,
// DOLE, ...); else a currency or a nationality word ("Pakistani", "INR").
func (g *Gazetteer) homeOf(c *ctx, hits []hit, hint string) string {
	if hint = strings.ToUpper(strings.TrimSpace(hint)); isISO2(hint) {
		return hint
	}
	for _, h := range hits {
		if !h.dest && g.home[h.m.Place.Country] {
			return h.m.Place.Country
		}
	}
	clue := c.localClue()
	for _, h := range hits {
		if g.home[h.m.Place.Country] {
			if clue == "" || clue == h.m.Place.Country {
				return h.m.Place.Country
			}
			break
		}
		if h.dest {
			break // a foreign destination comes first: the advert sends people away
		}
	}
	if clue != "" {
		return clue
	}
	for i, t := range c.d.Tokens {
		if !g.markStarts.Has(t.ID) {
			continue
		}
		for _, v := range g.marks[t.ID] {
			if c.spells(v, i) > 0 {
				return g.places[v.place].Country
			}
		}
	}
	for _, s := range g.symbols {
		if strings.Contains(c.d.Folded, s.text) {
			return s.country
		}
	}
	return ""
}
