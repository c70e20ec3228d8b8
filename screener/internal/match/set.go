package match

import (
	"fmt"
	"regexp"
	"sync"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// FactFunc evaluates one bound fact test against a listing's extracted
// facts (the value passed as Input.Facts). It returns the evidence spans in
// folded-text coordinates and whether the fact holds; a fact may hold with
// no span (an absence, such as no employer named).
type FactFunc func(facts any) ([]textnorm.Span, bool)

// Binder turns a rule's fact test into a FactFunc once, at compile time.
type Binder func(rules.FactTest) (FactFunc, error)

// Field is one structured field of a listing.
type Field struct {
	Value   string
	Present bool          // the input had this field (a CSV column, a JSON key)
	Src     textnorm.Span // where its text sits in Doc.Src; empty when not screened
}

// Input is one listing, ready to match.
type Input struct {
	Doc    *textnorm.Doc
	Facts  any
	Fields map[string]Field
}

// Hit is a rule that fired, with its evidence in folded coordinates.
type Hit struct {
	Rule  int
	Spans []textnorm.Span
}

type compiled struct {
	rule     rules.Rule
	disabled bool
	regex    []*rxscan.Regexp
	// hitGroup is, per regex, the index of its group named "hit" (-1 when
	// none): the part of a match that negation is judged from, for
	// patterns anchored before their sign (a headline's first word).
	hitGroup []int
	keywords []*rxscan.Literal
	facts    []FactFunc
	negation bool
	unlessIn string // "sentence" or "text"
	hasUnl   bool
	refs     []int // combination members
	need     int   // how many refs must have fired
}

// Set is a compiled, immutable rule set, safe for concurrent use.
type Set struct {
	rules []compiled
	// words holds, per stem, the phrases that start with it and whether it
	// marks a warning or a talk-about-adverts sentence: one lookup a token.
	words  *wordTable
	ids    idCache // token id → words slot, filled as tokens are met
	combos []int   // combination rules in dependency order
	byID   map[string]int
	// scratch recycles Run's per-rule tables (one slot per rule each).
	scratch sync.Pool
}

// scratch is what one Run needs and drops: per-rule tables, the negation
// context and room for evidence. The hits get copies, so all of it is
// reused.
type scratch struct {
	spans  [][]textnorm.Span
	fired  []bool
	unless [][]int // per rule: the sentences where its unless phrases hit
	ev     []textnorm.Span
	starts []start // tokens that start a phrase
	ctx    context
}

// maxKept bounds, in elements, each table a scratch keeps when it goes
// back to the pool: one huge listing must not leave pooled scratches
// holding tables of its size for the life of the process.
const maxKept = 1 << 12

// putScratch returns sc to the pool without the tables a huge listing grew.
func (s *Set) putScratch(sc *scratch) {
	sc.shrink()
	s.scratch.Put(sc)
}

func (sc *scratch) shrink() {
	if cap(sc.starts) > maxKept {
		sc.starts = nil
	}
	if cap(sc.ev) > maxKept {
		sc.ev = nil
	}
	for i := range sc.spans {
		if cap(sc.spans[i]) > maxKept {
			sc.spans[i] = nil
		}
		if cap(sc.unless[i]) > maxKept {
			sc.unless[i] = nil
		}
	}
	if cap(sc.ctx.warnSent) > maxKept || cap(sc.ctx.mentionSent) > maxKept {
		sc.ctx.warnSent, sc.ctx.mentionSent = nil, nil
	}
}

// wordInfo is what the engine knows of a stem.
type wordInfo struct {
	phrases []phrase // the phrases whose first word it is
	cue     uint8    // cueWarn, cueMention
}

// start is a token that may start phrases.
type start struct {
	tok     int
	phrases []phrase
}

// Compile builds a Set. Rules must already be validated; disabled names
// rules that never fire.
func Compile(rs []rules.Rule, bind Binder, disabled map[string]bool) (*Set, error) {
	s := &Set{byID: map[string]int{}}
	index := map[string][]phrase{}
	for i := range rs {
		s.byID[rs[i].ID] = i
	}
	for i, r := range rs {
		c := compiled{rule: r, disabled: disabled[r.ID], keywords: literals(r.Keywords),
			negation: r.Unless.NegationOn(), unlessIn: r.Unless.Scope, hasUnl: len(r.Unless.Phrases) > 0}
		if c.unlessIn == "" {
			c.unlessIn = "sentence"
		}
		if err := s.compileMatchers(&c, i, bind, index); err != nil {
			return nil, fmt.Errorf("%s:%d: rule %q: %w", r.File, r.Line, r.ID, err)
		}
		s.rules = append(s.rules, c)
	}
	s.words = wordsOf(index)
	s.combos = s.comboOrder()
	n := len(s.rules)
	s.scratch.New = func() any {
		return &scratch{spans: make([][]textnorm.Span, n), fired: make([]bool, n), unless: make([][]int, n)}
	}
	return s, nil
}

func (s *Set) compileMatchers(c *compiled, i int, bind Binder, index map[string][]phrase) error {
	r := &c.rule
	for _, p := range r.Phrases {
		addPhrase(index, compilePhrase(i, false, p))
	}
	for _, p := range r.Unless.Phrases {
		addPhrase(index, compilePhrase(i, true, p))
	}
	for _, pat := range r.Regex {
		// regexp.Compile reports a bad pattern as an error; rxscan then
		// cannot panic. rxscan finds the same matches but runs the pattern
		// only where one can start, instead of an NFA over the whole text
		// (night-shift's pattern alone cost ~100µs on a 3 KB advert).
		if _, err := regexp.Compile(pat); err != nil {
			return fmt.Errorf("regex: %w", err)
		}
		re := rxscan.MustCompile(pat)
		c.regex = append(c.regex, re)
		c.hitGroup = append(c.hitGroup, re.Std().SubexpIndex("hit"))
	}
	for _, ft := range r.Facts {
		f, err := bind(ft)
		if err != nil {
			return fmt.Errorf("facts: %s: %w", ft.Name, err)
		}
		c.facts = append(c.facts, f)
	}
	for _, id := range append(append([]string{}, r.All...), r.Any...) {
		j, ok := s.byID[id]
		if !ok {
			return fmt.Errorf("names unknown rule %q", id)
		}
		c.refs = append(c.refs, j)
	}
	c.need = len(r.All)
	if len(r.Any) > 0 {
		c.need = max(r.Min, 1)
	}
	return nil
}

// wordsOf puts the phrase index and the sentence cues in one table.
func wordsOf(index map[string][]phrase) *wordTable {
	m := make(map[string]wordInfo, len(index)+len(sentenceCue))
	for w, ps := range index {
		m[w] = wordInfo{phrases: ps}
	}
	for w, cue := range sentenceCue {
		wi := m[w]
		wi.cue = cue
		m[w] = wi
	}
	return newWordTable(m)
}

func addPhrase(index map[string][]phrase, p phrase) {
	if len(p.words) == 0 {
		return
	}
	first := p.words[0].stem
	index[first] = append(index[first], p)
}

// comboOrder sorts combination rules so each runs after the rules it
// names (the loader has already rejected cycles).
func (s *Set) comboOrder() []int {
	var order []int
	state := make([]int, len(s.rules))
	var visit func(i int)
	visit = func(i int) {
		if state[i] != 0 {
			return
		}
		state[i] = 1
		for _, j := range s.rules[i].refs {
			visit(j)
		}
		if len(s.rules[i].refs) > 0 {
			order = append(order, i)
		}
	}
	for i := range s.rules {
		visit(i)
	}
	return order
}

// Len returns the number of compiled rules.
func (s *Set) Len() int { return len(s.rules) }

// Rule returns the i-th rule as compiled.
func (s *Set) Rule(i int) *rules.Rule { return &s.rules[i].rule }

// keywordsSeen reports whether the regex prefilter lets a rule through.
// Most keywords are absent from a given advert, and a Literal says so from
// the prepared text's gram filter without searching it.
func keywordsSeen(folded string, kws []*rxscan.Literal) bool {
	for _, k := range kws {
		if k.In(folded) {
			return true
		}
	}
	return false
}

func literals(ws []string) []*rxscan.Literal {
	out := make([]*rxscan.Literal, len(ws))
	for i, w := range ws {
		out[i] = rxscan.NewLiteral(w)
	}
	return out
}
