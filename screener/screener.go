package screener

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/facts"
	"github.com/jobscreen/jobscreen/screener/internal/facts/employer"
	"github.com/jobscreen/jobscreen/screener/internal/facts/pay"
	"github.com/jobscreen/jobscreen/screener/internal/match"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Screener screens listings. It is immutable after New and safe for
// concurrent use.
type Screener struct {
	opts   Options
	rules  []rules.Rule // effective: points overridden
	packOf map[string]string
	set    *match.Set
	cfg    *facts.Config
}

// New validates and compiles the rule packs once.
func New(o Options) (*Screener, error) {
	o = o.withDefaults()
	if err := o.check(); err != nil {
		return nil, err
	}
	packs := o.Packs
	if packs == nil {
		def, err := rules.Default()
		if err != nil {
			return nil, fmt.Errorf("default rule packs: %w", err)
		}
		packs = def
	}
	packs = append(slices.Clone(packs), o.ExtraPacks...)
	if err := rules.Validate(packs); err != nil {
		return nil, err
	}
	rs, err := effectiveRules(packs, o)
	if err != nil {
		return nil, err
	}
	disabled := make(map[string]bool, len(o.Disabled))
	for _, id := range o.Disabled {
		disabled[id] = true
	}
	set, err := match.Compile(rs, facts.Bind, disabled)
	if err != nil {
		return nil, err
	}
	packOf := map[string]string{}
	for _, p := range packs {
		for _, r := range p.Rules {
			packOf[r.ID] = p.Name
		}
	}
	return &Screener{opts: o, rules: rs, packOf: packOf, set: set,
		cfg: facts.NewConfig(countryRows(o.Countries), registry(o.RegisteredCompanies))}, nil
}

func (o Options) check() error {
	t := o.Thresholds
	if t.Medium <= 0 || t.High <= t.Medium || t.High > 100 {
		return fmt.Errorf("thresholds: need 0 < medium < high <= 100, got medium %d, high %d", t.Medium, t.High)
	}
	if o.Scoring.Scale <= 0 {
		return fmt.Errorf("scoring.scale must be positive, got %g", o.Scoring.Scale)
	}
	return nil
}

// effectiveRules flattens packs and applies points overrides; naming an
// unknown rule is an error, so a typo in a config never passes silently.
func effectiveRules(packs []rules.Pack, o Options) ([]rules.Rule, error) {
	var rs []rules.Rule
	known := map[string]bool{}
	for _, p := range packs {
		for _, r := range p.Rules {
			if pts, ok := o.Points[r.ID]; ok {
				if pts < -rules.PointsLimit || pts > rules.PointsLimit {
					return nil, fmt.Errorf("points override for %q: %d is out of range (allowed: %d to %d)", r.ID, pts, -rules.PointsLimit, rules.PointsLimit)
				}
				r.Points = pts
			}
			known[r.ID] = true
			rs = append(rs, r)
		}
	}
	var unknown []string
	for id := range o.Points {
		if !known[id] {
			unknown = append(unknown, id)
		}
	}
	for _, id := range o.Disabled {
		if !known[id] {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, fmt.Errorf("unknown rule ids in points or disabled: %s (see `jobscreen rules list`)", strings.Join(unknown, ", "))
	}
	return rs, nil
}

func countryRows(in map[string]Country) map[string]pay.Country {
	out := make(map[string]pay.Country, len(in))
	for code, c := range in {
		out[strings.ToUpper(code)] = pay.Country{Code: strings.ToUpper(code), Name: c.Name, Currency: c.Currency,
			MinWageMonthly: c.MinWageMonthly, EntryMonthly: c.EntryMonthly, Source: c.Source, AsOf: c.AsOf}
	}
	return out
}

func registry(names []string) *employer.Registry {
	if len(names) == 0 {
		return nil
	}
	return employer.NewRegistry(names)
}

// Rules returns the rules in force, with their effective points.
func (s *Screener) Rules() []rules.Rule { return slices.Clone(s.rules) }

// PackOf returns the name of the pack that defines rule id.
func (s *Screener) PackOf(id string) string { return s.packOf[id] }

// Thresholds returns the band thresholds in force.
func (s *Screener) Thresholds() Thresholds { return s.opts.Thresholds }

// Screen screens one listing. It does no I/O and honours ctx.
func (s *Screener) Screen(ctx context.Context, l Listing) (rep Report, err error) {
	if err := ctx.Err(); err != nil {
		return Report{}, err
	}
	defer func() {
		if r := recover(); r != nil {
			rep, err = Report{}, fmt.Errorf("internal error screening listing %q: %v (please report it)", l.ID, r)
		}
	}()
	text, at, onlyBody := l.compose()
	if len(text) > s.opts.MaxTextBytes {
		return Report{}, &TooLargeError{ID: l.ID, Size: len(text), Limit: s.opts.MaxTextBytes}
	}
	d := textnorm.New(text)
	defer d.Release() // nothing below keeps d's tokens past the report
	// Every pattern of every extractor and rule scans the folded text or a
	// slice of it; preparing it once lets those that cannot match skip.
	defer rxscan.Prepare(d.Folded).Release()
	b := facts.Extract(d, facts.Hints{Company: l.Company, Location: l.Location, Education: l.Education, Experience: l.Experience}, s.cfg)
	fs := fieldsOf(&l, &at)
	hits := s.set.Run(match.Input{Doc: d, Facts: b, Fields: fs})
	putFields(fs)
	rep = Report{ID: l.ID, Source: "listing", Text: text, Findings: s.findings(d, hits), Facts: summarize(b)}
	if onlyBody {
		rep.Source = "text"
	}
	s.Rescore(&rep)
	return rep, nil
}

// Rescore recomputes a report's points, score and band from its findings
// with this Screener's scoring and thresholds, and sorts the findings as
// Screen does. Callers that add findings of their own (a batch flagging
// reposts) use it so every report is scored one way.
func (s *Screener) Rescore(rep *Report) {
	rep.Points = 0
	for _, f := range rep.Findings {
		rep.Points += f.Points
	}
	sortFindings(rep.Findings)
	rep.Score = s.opts.Scoring.score(rep.Points)
	rep.Band = s.opts.Thresholds.band(rep.Score)
}

// TooLargeError reports a listing over Options.MaxTextBytes.
type TooLargeError struct {
	ID          string
	Size, Limit int
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("listing %q is %d bytes; the limit is %d (set max_text_bytes to raise it)", e.ID, e.Size, e.Limit)
}

// fieldMaps recycles the per-listing field maps: the matchers read them
// only while Run runs.
var fieldMaps = sync.Pool{New: func() any { return make(map[string]match.Field, len(textFields)+len(otherFields)) }}

func putFields(fs map[string]match.Field) {
	clear(fs)
	fieldMaps.Put(fs)
}

func fieldsOf(l *Listing, at *fieldSpans) map[string]match.Field {
	fs := fieldMaps.Get().(map[string]match.Field)
	provided := func(name string, v string) bool { return v != "" || slices.Contains(l.Provided, name) }
	for i, f := range textFields {
		v := f.get(l)
		sp := at[i]
		fs[f.name] = match.Field{Value: v, Present: provided(f.name, v), Src: textnorm.Span{Start: sp.start, End: sp.end}}
	}
	for _, f := range otherFields {
		v := f.get(l)
		fs[f.name] = match.Field{Value: v, Present: provided(f.name, v)}
	}
	return fs
}

// findings turns hits into reported findings. All their evidence shares
// one array, and there is room for one more finding: a batch adds one
// when it sees the advert reposted.
func (s *Screener) findings(d *textnorm.Doc, hits []match.Hit) []Finding {
	n := 0
	for _, h := range hits {
		n += len(h.Spans)
	}
	out := make([]Finding, 0, len(hits)+1)
	ev := make([]Evidence, 0, n)
	for _, h := range hits {
		r := s.set.Rule(h.Rule)
		if r.Internal {
			continue
		}
		from := len(ev)
		for _, sp := range h.Spans {
			st, en := d.Source(sp.Start, sp.End)
			ev = append(ev, Evidence{Text: d.Src[st:en], Start: st, End: en})
		}
		out = append(out, Finding{RuleID: r.ID, Title: r.Title, Group: r.Group, Severity: r.Severity, Points: r.Points,
			Why: strings.TrimSpace(r.Why), Advice: strings.TrimSpace(r.Advice), Refs: r.Refs,
			Evidence: ev[from:len(ev):len(ev)]}) // full slice: an append copies
	}
	return out
}

// sortFindings orders findings by points (highest first) then rule id, so
// output is deterministic.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Points != b.Points {
			return b.Points - a.Points
		}
		return strings.Compare(a.RuleID, b.RuleID)
	})
}
