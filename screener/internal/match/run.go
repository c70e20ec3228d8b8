package match

import (
	"slices"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// maxSpansPerRule bounds evidence so a hostile listing that repeats a
// phrase thousands of times costs little and reads well.
const maxSpansPerRule = 12

// Run matches every rule against one listing and returns the rules that
// fired, in rule order. Internal rules are included; callers drop them.
func (s *Set) Run(in Input) []Hit {
	d := in.Doc
	sc := s.scratch.Get().(*scratch)
	defer s.putScratch(sc)
	ctx := &sc.ctx
	ctx.reset(d)
	defer ctx.release()
	spans, fired, unless := sc.spans, sc.fired, sc.unless
	for i := range spans {
		spans[i], unless[i] = spans[i][:0], unless[i][:0]
	}
	clear(fired)
	sc.starts = s.lookup(d, ctx, sc.starts)
	s.scanPhrases(d, ctx, sc.starts, spans, unless)
	for i := range s.rules {
		c := &s.rules[i]
		if c.disabled || len(c.refs) > 0 {
			continue
		}
		spans[i] = s.regexHits(c, d, ctx, spans[i])
		spans[i] = s.dropUnless(c, d, spans[i], unless[i])
		spans[i] = keepScope(c, in, spans[i])
		ok := len(spans[i]) > 0
		for _, f := range c.facts {
			fs, hold := f(in.Facts)
			if hold && len(unless[i]) > 0 {
				fs, hold = s.dropUnlessFact(c, d, fs, unless[i])
			}
			if hold && c.negation && len(fs) > 0 {
				fs, hold = ctx.dropWarned(fs)
			}
			if hold {
				ok = true
				spans[i] = append(spans[i], keepScope(c, in, fs)...)
			}
		}
		if len(c.rule.Scope) > 0 && len(spans[i]) == 0 {
			ok = false
		}
		ok = ok || fieldsHold(c, in.Fields)
		fired[i] = ok
	}
	sc.ev = s.runCombos(fired, spans, sc.ev)
	return hitsOf(fired, spans)
}

// hitsOf lists the rules that fired with their tidied evidence, copied out
// of the scratch tables into one array that all the hits share.
func hitsOf(fired []bool, spans [][]textnorm.Span) []Hit {
	nh, ns := 0, 0
	for i, ok := range fired {
		if ok {
			spans[i] = tidy(spans[i])
			nh++
			ns += len(spans[i])
		}
	}
	if nh == 0 {
		return nil
	}
	hits := make([]Hit, 0, nh)
	ev := make([]textnorm.Span, 0, ns)
	for i, ok := range fired {
		if !ok {
			continue
		}
		h := Hit{Rule: i}
		if len(spans[i]) > 0 {
			from := len(ev)
			ev = append(ev, spans[i]...)
			h.Spans = ev[from:len(ev):len(ev)]
		}
		hits = append(hits, h)
	}
	return hits
}

// lookup looks every token up once: it marks warning and talk-about-adverts
// sentences in ctx, and returns the tokens that start phrases (appended to
// starts[:0]). Negation needs every sentence marked before a phrase is
// judged, hence two passes; the second reads only these tokens. A token's
// id answers for its stem when the Doc's keys are its texts (see idCache).
func (s *Set) lookup(d *textnorm.Doc, ctx *context, starts []start) []start {
	starts = starts[:0]
	byID := d.KeysAreTexts()
	for i := range d.Tokens {
		t := &d.Tokens[i]
		slot := s.slotOf(t, byID)
		if slot < 0 {
			continue
		}
		w := &s.words.infos[slot]
		if w.cue != 0 {
			ctx.mark(t.Sentence, w.cue)
		}
		if len(w.phrases) > 0 {
			starts = append(starts, start{i, w.phrases})
		}
	}
	return starts
}

// slotOf returns the word-table slot of t's stem, -1 when there is none;
// byID says whether t.ID names t's text.
func (s *Set) slotOf(t *textnorm.Token, byID bool) int {
	if !byID {
		return s.words.slot(t.Stem)
	}
	if v := s.ids.get(t.ID); v != idUnknown {
		return int(v) - idSlot
	}
	slot := s.words.slot(t.Stem)
	s.ids.put(t.ID, slot)
	return slot
}

// scanPhrases tries the phrases at each token that starts some and records
// phrase hits per rule, and per rule the sentences where its unless phrases
// hit.
func (s *Set) scanPhrases(d *textnorm.Doc, ctx *context, starts []start, spans [][]textnorm.Span, unless [][]int) {
	toks := d.Tokens
	for _, st := range starts {
		i, ps := st.tok, st.phrases
		for k := range ps {
			p := &ps[k]
			c := &s.rules[p.rule]
			if c.disabled {
				continue
			}
			end, ok := p.matchAt(toks, i)
			if !ok {
				continue
			}
			if p.unless {
				unless[p.rule] = append(unless[p.rule], toks[i].Sentence)
				continue
			}
			if c.negation && ctx.negated(i, end) {
				continue
			}
			spans[p.rule] = append(spans[p.rule], textnorm.Span{Start: toks[i].Start, End: toks[end-1].End})
		}
	}
}

// regexHits appends the rule's regex hits to out.
func (s *Set) regexHits(c *compiled, d *textnorm.Doc, ctx *context, out []textnorm.Span) []textnorm.Span {
	if len(c.regex) == 0 || !keywordsSeen(d.Folded, c.keywords) {
		return out
	}
	for k, re := range c.regex {
		g := c.hitGroup[k]
		var ms [][]int
		if g > 0 {
			ms = re.FindAllStringSubmatchIndex(d.Folded, maxSpansPerRule)
		} else {
			ms = re.FindAllStringIndex(d.Folded, maxSpansPerRule)
		}
		for _, m := range ms {
			if m[0] == m[1] {
				continue
			}
			if c.negation {
				// Negation is judged from the "hit" group when the pattern
				// has one: "We don't offer cash jobs" denies "cash jobs".
				a, b := m[0], m[1]
				if g > 0 && m[2*g] >= 0 && m[2*g+1] > m[2*g] {
					a, b = m[2*g], m[2*g+1]
				}
				i := d.TokenAt(a)
				if i > 0 && (i == len(d.Tokens) || d.Tokens[i].Start >= b) &&
					d.Tokens[i-1].Sentence == d.SentenceOf(a) {
					// A hit with no word in it ("!!!") belongs to the
					// sentence it ends. Words cannot negate punctuation
					// ("No experience needed!!" still shouts), but a
					// warning sentence quotes it.
					if ctx.warned(i - 1) {
						continue
					}
				} else if ctx.negated(i, d.TokenAt(b-1)+1) {
					continue
				}
			}
			out = append(out, textnorm.Span{Start: m[0], End: m[1]})
		}
	}
	return out
}

// dropUnless removes hits whose sentence (or the whole text) holds one of
// the rule's unless phrases.
func (s *Set) dropUnless(c *compiled, d *textnorm.Doc, spans []textnorm.Span, sents []int) []textnorm.Span {
	if len(sents) == 0 || len(spans) == 0 {
		return spans
	}
	if c.unlessIn == "text" {
		return nil
	}
	return slices.DeleteFunc(spans, func(sp textnorm.Span) bool {
		return slices.Contains(sents, d.SentenceOf(sp.Start))
	})
}

// dropUnlessFact is dropUnless for a fact that holds: its spans in an
// unless sentence are dropped, and it stops holding when none are left or
// when an unless phrase stands anywhere in the text and the scope is "text".
// A fact's spans may belong to the extracted facts, so they are not edited
// in place.
func (s *Set) dropUnlessFact(c *compiled, d *textnorm.Doc, spans []textnorm.Span, sents []int) ([]textnorm.Span, bool) {
	if c.unlessIn == "text" {
		return nil, false
	}
	if len(spans) == 0 {
		return spans, true
	}
	kept := s.dropUnless(c, d, slices.Clone(spans), sents)
	return kept, len(kept) > 0
}

// keepScope keeps the spans that lie inside one of the rule's scope fields.
func keepScope(c *compiled, in Input, spans []textnorm.Span) []textnorm.Span {
	if len(c.rule.Scope) == 0 {
		return spans
	}
	return slices.DeleteFunc(spans, func(sp textnorm.Span) bool {
		s, e := in.Doc.Source(sp.Start, sp.End)
		for _, name := range c.rule.Scope {
			f := in.Fields[name]
			if f.Src.End > f.Src.Start && s >= f.Src.Start && e <= f.Src.End {
				return false
			}
		}
		return true
	})
}

func fieldsHold(c *compiled, fields map[string]Field) bool {
	for _, t := range c.rule.Fields {
		f, ok := fields[t.Field]
		if !ok || !f.Present {
			continue
		}
		v := strings.TrimSpace(f.Value)
		if t.Empty && v == "" {
			return true
		}
		for _, want := range t.In {
			if strings.EqualFold(v, want) {
				return true
			}
		}
	}
	return false
}

// runCombos fires the combination rules whose members fired, with their
// members' evidence; ev is room for it, returned for reuse.
func (s *Set) runCombos(fired []bool, spans [][]textnorm.Span, ev []textnorm.Span) []textnorm.Span {
	for _, i := range s.combos {
		c := &s.rules[i]
		if c.disabled {
			continue
		}
		n := 0
		ev = ev[:0]
		for _, j := range c.refs {
			if fired[j] {
				n++
				ev = append(ev, spans[j]...)
			}
		}
		if n >= c.need {
			fired[i] = true
			spans[i] = append(spans[i][:0], ev...)
		}
	}
	return ev
}

// tidy sorts spans, merges overlaps and bounds their number.
func tidy(sp []textnorm.Span) []textnorm.Span {
	if len(sp) == 0 {
		return nil
	}
	slices.SortFunc(sp, func(a, b textnorm.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := sp[:1]
	for _, x := range sp[1:] {
		last := &out[len(out)-1]
		if x.Start < last.End {
			last.End = max(last.End, x.End)
			continue
		}
		out = append(out, x)
	}
	if len(out) > maxSpansPerRule {
		out = out[:maxSpansPerRule]
	}
	return out
}
