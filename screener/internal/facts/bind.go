package facts

import (
	"fmt"
	"slices"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/facts/education"
	"github.com/jobscreen/jobscreen/screener/internal/match"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// pred is a fact test bound to its parameters.
type pred func(b *Bundle) ([]textnorm.Span, bool)

// binders implements every fact of rules.FactNames.
var binders = map[string]func(p params) pred{}

func register(name string, f func(p params) pred) { binders[name] = f }

// Bind turns a rule's fact test into a matcher function. The rules loader
// has already checked names and parameter types.
func Bind(t rules.FactTest) (match.FactFunc, error) {
	mk, ok := binders[t.Name]
	if !ok {
		return nil, fmt.Errorf("fact %q is not implemented", t.Name)
	}
	p := mk(params(t.Params))
	return func(v any) ([]textnorm.Span, bool) {
		b, ok := v.(*Bundle)
		if !ok || b == nil {
			return nil, false
		}
		return p(b)
	}, nil
}

// Implemented lists the facts this package implements, sorted.
func Implemented() []string {
	names := make([]string, 0, len(binders))
	for n := range binders {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

type params map[string]any

func (p params) num(k string, def float64) float64 {
	if n, ok := rules.AsNumber(p[k]); ok {
		return n
	}
	return def
}

func (p params) level(k string) (education.Level, bool) {
	s, ok := p[k].(string)
	if !ok {
		return education.Unknown, false
	}
	i := slices.Index(rules.Levels, s)
	return levelOf[i], i >= 0
}

// levelOf maps rules.Levels positions to education levels.
var levelOf = []education.Level{education.None, education.Matric, education.Intermediate,
	education.Bachelor, education.Master, education.Doctorate}

func (p params) boolean(k string) (bool, bool) {
	v, ok := p[k].(bool)
	return v, ok
}

// spansOf collects the spans of any findings-like slice via get.
func spansOf[T any](xs []T, get func(T) textnorm.Span) []textnorm.Span {
	out := make([]textnorm.Span, 0, len(xs))
	for _, x := range xs {
		out = append(out, get(x))
	}
	return out
}

// present is a pred result for a list of evidence.
func present(sp []textnorm.Span) ([]textnorm.Span, bool) { return sp, len(sp) > 0 }
