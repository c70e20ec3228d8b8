package places

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Place is one country, city or area of the gazetteer.
type Place struct {
	Name    string // display name, as the gazetteer spells it
	Country string // ISO 3166-1 alpha-2 code ("EU" for Europe as a whole)
	Hub     bool   // a known scam-compound or transit area
	Note    string // why it is a hub, with the source
}

// Gazetteer is a compiled, immutable set of places, safe for concurrent use.
type Gazetteer struct {
	entries []entry
	places  []Place
	home    map[string]bool      // ISO2 codes of countries recruits come from
	names   map[uint32][]variant // first token id -> spellings starting with it
	marks   map[uint32][]variant // demonyms and currency words that hint at home
	symbols []symbol             // currency symbols ("₹"), in gazetteer order
	// nameStarts and markStarts hold the keys of names and marks: most
	// tokens start no place name, and a bit test on Token.ID says so.
	nameStarts, markStarts lex.Words
}

// startsOf returns the set of the first-token ids an index files under.
func startsOf(m map[uint32][]variant) lex.Words {
	ids := make([]uint32, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	return lex.WordsOf(ids)
}

// symbol is a currency sign that is not a word, so it is found by
// substring search rather than by token.
type symbol struct{ text, country string }

// variant is one spelling of a place, as token keys and their ids.
type variant struct {
	keys  []string
	ids   []uint32
	tight bool // "u.s": the tokens must touch, or "u s" in prose would match
	place int
}

//go:embed gazetteer.yaml
var defaultYAML []byte

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the embedded gazetteer, parsed once. The embedded file is
// checked by the tests, so a failure here is a build defect, not user input.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := Load(defaultYAML, "gazetteer.yaml")
		if err != nil {
			panic("places: embedded gazetteer is invalid: " + err.Error())
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Merge returns a gazetteer with other's entries added to g's. An entry of
// other with the same name as one of g's replaces it, and a spelling that
// other claims is taken from g's entries, so the user always wins.
func (g *Gazetteer) Merge(other *Gazetteer) *Gazetteer {
	if other == nil {
		return g
	}
	claimed := map[string]bool{}
	for _, e := range other.entries {
		claimed["="+foldName(e.Name)] = true
		for _, v := range variants(e) {
			claimed[foldName(v)] = true
		}
	}
	var out []entry
	for _, e := range g.entries {
		if claimed["="+foldName(e.Name)] {
			continue
		}
		e.Names = unclaimed(e.Names, claimed)
		if claimed[foldName(e.Name)] && len(e.Names) == 0 {
			continue
		}
		out = append(out, e)
	}
	return compile(append(out, other.entries...))
}

func unclaimed(names []string, claimed map[string]bool) []string {
	var keep []string
	for _, n := range names {
		if !claimed[foldName(n)] {
			keep = append(keep, n)
		}
	}
	return keep
}

// compile builds the token index. It runs once per gazetteer, never per
// listing.
func compile(entries []entry) *Gazetteer {
	g := &Gazetteer{entries: entries, home: map[string]bool{}, names: map[uint32][]variant{},
		marks: map[uint32][]variant{}}
	for i, e := range entries {
		g.places = append(g.places, Place{Name: e.Name, Country: e.Country, Hub: e.Hub, Note: e.Note})
		if e.Home {
			g.home[e.Country] = true
		}
		for _, n := range variants(e) {
			addVariant(g.names, n, i)
		}
		for _, n := range append(append([]string{}, e.Demonyms...), e.Currencies...) {
			if v, ok := spell(n, i); ok {
				g.marks[v.ids[0]] = append(g.marks[v.ids[0]], v)
			} else if n != "" {
				g.symbols = append(g.symbols, symbol{n, e.Country})
			}
		}
	}
	g.nameStarts, g.markStarts = startsOf(g.names), startsOf(g.marks)
	return g
}

// addVariant files the spelling under its first token key, unless the
// name's own spelling already put it there.
func addVariant(index map[uint32][]variant, name string, place int) {
	v, ok := spell(name, place)
	if !ok {
		return
	}
	for _, old := range index[v.ids[0]] {
		if old.place == place && strings.Join(old.keys, " ") == strings.Join(v.keys, " ") {
			return
		}
	}
	index[v.ids[0]] = append(index[v.ids[0]], v)
}

// spell tokenises a name the way listings are tokenised, so "KK-Park",
// "kk park" and "KK Park" all become the keys [kk park].
func spell(name string, place int) (variant, bool) {
	d := textnorm.New(name)
	if len(d.Tokens) == 0 {
		return variant{}, false
	}
	v := variant{place: place, tight: true}
	for i, t := range d.Tokens {
		v.keys = append(v.keys, lex.Key(t.Text))
		if i > 0 && strings.ContainsAny(d.Folded[d.Tokens[i-1].End:t.Start], " \t") {
			v.tight = false
		}
	}
	v.ids = textnorm.Intern(v.keys...)
	return v, true
}

// variants lists every spelling of e, its display name first.
func variants(e entry) []string { return append([]string{e.Name}, e.Names...) }

// foldName is the spelling identity used for duplicate checks.
func foldName(s string) string { return strings.Join(lex.Keys(textnorm.New(s)), " ") }
