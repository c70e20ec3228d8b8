package match

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func noFacts(rules.FactTest) (FactFunc, error) {
	return func(any) ([]textnorm.Span, bool) { return nil, false }, nil
}

func compile(t *testing.T, rs ...rules.Rule) *Set {
	t.Helper()
	s, err := Compile(rs, noFacts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func firedIDs(s *Set, text string, fields map[string]Field) map[string][]string {
	d := textnorm.New(text)
	out := map[string][]string{}
	for _, h := range s.Run(Input{Doc: d, Fields: fields}) {
		var ev []string
		for _, sp := range h.Spans {
			a, b := d.Source(sp.Start, sp.End)
			ev = append(ev, text[a:b])
		}
		out[s.Rule(h.Rule).ID] = ev
	}
	return out
}

func TestPhrasesNegationAndUnless(t *testing.T) {
	off := false
	s := compile(t,
		rules.Rule{ID: "fee", Phrases: []string{"registration fee", "pay .. fee"}, Unless: rules.Unless{Phrases: []string{"free of cost"}}},
		rules.Rule{ID: "no-degree", Phrases: []string{"no degree"}, Unless: rules.Unless{Negation: &off}},
		rules.Rule{ID: "wild", Phrases: []string{"earn * daily"}},
	)
	tests := []struct {
		name, text string
		want       map[string]string // rule → first evidence; "" means must not fire
	}{
		{"stemmed phrase", "Registration fees Rs 500 only", map[string]string{"fee": "Registration fees"}},
		{"gap phrase", "You must pay a small security fee first.", map[string]string{"fee": "pay a small security fee"}},
		{"gap too long", "Pay attention to the details of the fee.", map[string]string{"fee": ""}},
		{"negated before", "There is no registration fee.", map[string]string{"fee": ""}},
		{"never", "We never ask you to pay any fee.", map[string]string{"fee": ""}},
		{"roman urdu after", "Registration fee nahi hai.", map[string]string{"fee": ""}},
		{"negation stops at comma", "No degree needed, registration fee 500.", map[string]string{"fee": "registration fee", "no-degree": "No degree"}},
		{"warning sentence", "Beware of fake agents asking a registration fee.", map[string]string{"fee": ""}},
		{"warning is per sentence", "Beware of fake agents. Registration fee Rs 500.", map[string]string{"fee": "Registration fee"}},
		{"unless same sentence", "Registration fee: free of cost.", map[string]string{"fee": ""}},
		{"unless other sentence", "Training is free of cost. Registration fee 300.", map[string]string{"fee": "Registration fee"}},
		{"negation off", "No degree required.", map[string]string{"no-degree": "No degree"}},
		{"wildcard word", "Earn 5000 daily from home", map[string]string{"wild": "Earn 5000 daily"}},
		{"no sentence crossing", "Registration.\nFee is due.", map[string]string{"fee": ""}},
		{"quoted in talk about adverts", `Many "registration fee" adverts are not what they seem.`, map[string]string{"fee": ""}},
		{"curly quotes too", "We tell you because “registration fee” offers hide the cost.", map[string]string{"fee": ""}},
		{"quoted but offered", `Deposit the "registration fee" of Rs 500 today.`, map[string]string{"fee": "registration fee"}},
		{"talk about adverts, not quoted", "This advert has a registration fee of Rs 500.", map[string]string{"fee": "registration fee"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := firedIDs(s, tc.text, nil)
			for id, ev := range tc.want {
				g, ok := got[id]
				switch {
				case ev == "" && ok:
					t.Errorf("%s fired on %q: %v", id, tc.text, g)
				case ev != "" && !ok:
					t.Errorf("%s did not fire on %q", id, tc.text)
				case ev != "" && g[0] != ev:
					t.Errorf("%s evidence %q, want %q", id, g[0], ev)
				}
			}
		})
	}
}

func TestRegexNeedsItsKeyword(t *testing.T) {
	s := compile(t, rules.Rule{ID: "wa", Regex: []string{`wa\.me/\d+`}, Keywords: []string{"wa.me"}})
	if got := firedIDs(s, "Apply: wa.me/923001234567", nil); got["wa"] == nil || got["wa"][0] != "wa.me/923001234567" {
		t.Errorf("got %v", got)
	}
	if got := firedIDs(s, "Apply by email", nil); len(got) != 0 {
		t.Errorf("fired without keyword: %v", got)
	}
}

func TestCombinationsFieldsAndScope(t *testing.T) {
	s := compile(t,
		rules.Rule{ID: "a", Phrases: []string{"free visa"}},
		rules.Rule{ID: "b", Phrases: []string{"no degree"}, Unless: rules.Unless{Negation: new(bool)}},
		rules.Rule{ID: "ab", All: []string{"a", "b"}},
		rules.Rule{ID: "any2", Any: []string{"a", "b", "logo"}, Min: 2},
		rules.Rule{ID: "logo", Fields: []rules.FieldTest{{Field: "has_company_logo", In: []string{"0"}}}},
		rules.Rule{ID: "title-pay", Phrases: []string{"lakh"}, Scope: []string{"title"}},
	)
	text := "Earn 1 lakh\nFree visa. No degree."
	fields := map[string]Field{
		"title":            {Value: "Earn 1 lakh", Present: true, Src: textnorm.Span{Start: 0, End: 11}},
		"has_company_logo": {Value: "0", Present: true},
	}
	got := firedIDs(s, text, fields)
	for _, id := range []string{"a", "b", "ab", "any2", "logo", "title-pay"} {
		if _, ok := got[id]; !ok {
			t.Errorf("%s did not fire: %v", id, got)
		}
	}
	if len(got["ab"]) != 2 {
		t.Errorf("combination evidence should join its members': %v", got["ab"])
	}
	got = firedIDs(s, "Free visa\nEarn 1 lakh", map[string]Field{"title": {Value: "Free visa", Present: true, Src: textnorm.Span{Start: 0, End: 9}}})
	if _, ok := got["title-pay"]; ok {
		t.Errorf("scope ignored: %v", got)
	}
	if _, ok := got["ab"]; ok {
		t.Errorf("combination fired with one member")
	}
}

func TestDisabledRulesNeverFire(t *testing.T) {
	s, err := Compile([]rules.Rule{{ID: "a", Phrases: []string{"free visa"}}, {ID: "c", Any: []string{"a"}}}, noFacts, map[string]bool{"a": true})
	if err != nil {
		t.Fatal(err)
	}
	if got := firedIDs(s, "free visa", nil); len(got) != 0 {
		t.Errorf("disabled rule fired: %v", got)
	}
}

func TestEvidenceIsBounded(t *testing.T) {
	s := compile(t, rules.Rule{ID: "a", Phrases: []string{"fee"}, Unless: rules.Unless{Negation: new(bool)}})
	text := ""
	for i := 0; i < 100; i++ {
		text += "fee. "
	}
	if got := firedIDs(s, text, nil); len(got["a"]) != maxSpansPerRule {
		t.Errorf("evidence count %d", len(got["a"]))
	}
}

// Unless phrases cancel a fact's hits as they cancel a phrase's: in their
// sentence, or everywhere with scope "text".
func TestUnlessCancelsFacts(t *testing.T) {
	const text = "Course fee Rs 18,500. This is a course, not a job."
	feeAt := textnorm.Span{Start: 0, End: 10} // "course fee" in the folded text
	facts := func(rules.FactTest) (FactFunc, error) {
		return func(any) ([]textnorm.Span, bool) { return []textnorm.Span{feeAt}, true }, nil
	}
	fact := []rules.FactTest{{Name: "asks.fee"}}
	s, err := Compile([]rules.Rule{
		{ID: "text-scope", Facts: fact, Unless: rules.Unless{Scope: "text", Phrases: []string{"course not a job"}}},
		{ID: "sentence-scope", Facts: fact, Unless: rules.Unless{Phrases: []string{"course not a job"}}},
		{ID: "same-sentence", Facts: fact, Unless: rules.Unless{Phrases: []string{"course fee"}}},
		{ID: "no-unless", Facts: fact},
	}, facts, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, h := range s.Run(Input{Doc: textnorm.New(text)}) {
		got[s.Rule(h.Rule).ID] = true
	}
	want := map[string]bool{"text-scope": false, "sentence-scope": true, "same-sentence": false, "no-unless": true}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s fired = %v, want %v", id, got[id], w)
		}
	}
}

// A fact's spans in a sentence that warns about scams are what to avoid,
// not what is offered: they are dropped, as phrase hits there are, unless
// the rule turns negation off.
func TestWarningSentencesCancelFacts(t *testing.T) {
	const text = "Beware of recruiters writing from hr.desk@gmail.com. Apply at careers@acme.example."
	d := textnorm.New(text)
	warned := textnorm.Span{Start: 34, End: 51}   // the gmail address
	ordinary := textnorm.Span{Start: 62, End: 82} // the careers address
	for _, tc := range []struct {
		name  string
		spans []textnorm.Span
		off   bool
		want  bool
	}{
		{"only in a warning", []textnorm.Span{warned}, false, false},
		{"also outside it", []textnorm.Span{warned, ordinary}, false, true},
		{"negation off", []textnorm.Span{warned}, true, true},
		{"no spans", nil, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			facts := func(rules.FactTest) (FactFunc, error) {
				return func(any) ([]textnorm.Span, bool) { return tc.spans, true }, nil
			}
			r := rules.Rule{ID: "fact", Facts: []rules.FactTest{{Name: "contacts.freemail"}}}
			if tc.off {
				no := false
				r.Unless.Negation = &no
			}
			s, err := Compile([]rules.Rule{r}, facts, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(s.Run(Input{Doc: d})) == 1; got != tc.want {
				t.Errorf("fired = %v, want %v", got, tc.want)
			}
		})
	}
}

// A pattern anchored before its sign names the sign with a group "hit";
// negation is judged from there, while the evidence is the whole match.
func TestRegexHitGroupCarriesNegation(t *testing.T) {
	s := compile(t,
		rules.Rule{ID: "grouped", Regex: []string{`\A[^\n]{0,60}?(?P<hit>\bcash\s+jobs?\b)[^\n]*`}, Keywords: []string{"cash"}},
		rules.Rule{ID: "plain", Regex: []string{`\A[^\n]{0,60}?\bcash\s+jobs?\b[^\n]*`}, Keywords: []string{"cash"}},
	)
	got := firedIDs(s, "We don't offer cash jobs\nPay is by payroll.", nil)
	if _, ok := got["grouped"]; ok {
		t.Errorf("grouped fired on a denied headline: %v", got["grouped"])
	}
	if _, ok := got["plain"]; !ok {
		t.Errorf("plain did not fire: without a hit group negation is judged from the match start")
	}
	got = firedIDs(s, "Weekend cash jobs in Lahore\nCall now.", nil)
	if ev := got["grouped"]; len(ev) != 1 || ev[0] != "Weekend cash jobs in Lahore" {
		t.Errorf("grouped evidence %v, want the whole headline", ev)
	}
}

// A listing that repeats a phrase in every sentence grows Run's tables to
// its size; the pooled scratch must not keep them, and later listings must
// still match right.
func TestScratchDropsHugeTables(t *testing.T) {
	s := compile(t, rules.Rule{ID: "a", Phrases: []string{"fee"}, Unless: rules.Unless{Phrases: []string{"refund"}}},
		rules.Rule{ID: "b", Phrases: []string{"visa"}})
	huge := strings.Repeat("fee refund. ", 3*maxKept)
	if got := firedIDs(s, huge, nil); len(got) != 0 {
		t.Errorf("huge listing: %v fired, every fee has its refund", got)
	}
	sc := s.scratch.New().(*scratch)
	sc.starts = make([]start, 0, 2*maxKept)
	sc.ev = make([]textnorm.Span, 0, 2*maxKept)
	sc.spans[0] = make([]textnorm.Span, 0, 2*maxKept)
	sc.unless[0] = make([]int, 0, 2*maxKept)
	sc.ctx.warnSent, sc.ctx.mentionSent = make([]bool, 2*maxKept), make([]bool, 2*maxKept)
	small := make([]textnorm.Span, 0, 8)
	sc.spans[len(sc.spans)-1] = small
	sc.shrink()
	if sc.starts != nil || sc.ev != nil || sc.spans[0] != nil || sc.unless[0] != nil ||
		sc.ctx.warnSent != nil || sc.ctx.mentionSent != nil {
		t.Errorf("shrink kept a huge table")
	}
	if cap(sc.spans[len(sc.spans)-1]) != 8 {
		t.Errorf("shrink dropped a small table")
	}
	if got := firedIDs(s, "registration fee required", nil); len(got["a"]) != 1 {
		t.Errorf("after a huge listing: %v", got)
	}
}
