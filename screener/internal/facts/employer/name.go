package employer

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// legalRe finds legal-form suffixes; "group" and "corporation" are not legal
// forms but end names the same way. It reads the company field; in the
// text, legalHits (legal_words.go) finds what it finds.
var legalRe = rxscan.MustCompile(`\(\s*(?:smc[-\s]*)?(?:pvt|private)\.?\s*\)\s*(?:ltd|limited)\b\.?` +
	`|\b(?:smc[-\s]*)?(?:pvt|private)\.?\s*(?:ltd|limited)\b\.?|\bpte\.?\s*ltd\b\.?|\bsdn\.?\s*bhd\b\.?` +
	`|\bfz-?llc\b|\bl\.l\.c\.|\bw\.l\.l\b\.?|\b(?:limited|ltd|llc|llp|inc|incorporated|plc|gmbh|fzco|fze|wll|corporation|corp|group)\b\.?`)

// fieldRe finds "Company: XYZ" style lines that name the employer outright.
var fieldRe = rxscan.MustCompile(`(?m)^[\s*#-]*(?:company|company name|employer|organization|organisation|hiring company)\s*[:\-]\s*([^\n]{2,80})$`)

// headingRe finds "Join XYZ", "About XYZ", "Careers at XYZ" at the start of a sentence.
var headingRe = regexp.MustCompile(`^[\s*#-]*(?:join|about|at|welcome to|work at|careers at|life at)\s+`)

// notNameWords may not start a name and stop the backward walk from a suffix.
var notNameWords = wordSet(`join at about for with by in from to is are was the welcome hiring urgent urgently
	apply company employer name client work jobs job vacancy vacancies required needed we our us you your dear
	contact visit hurry limited seats opportunity opportunities staff male female candidates salary a an and
	this that role position team least all new now only home` + " " + vagueWords)

// vagueWords are generic on their own; a name made only of them is no name.
const vagueWords = `reputed leading well known well-known international multinational mnc software house
	company firm organization organisation group private public national local famous top best`

// legalTrailers after "limited" mean the word was an adjective, not a suffix.
var legalTrailers = regexp.MustCompile(`^\s*(?:seats|time|vacanc|offer|posts|positions|slots|period|number|budget|stock|edition)`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func (f *Facts) findName(x *scan, company string) {
	d := x.d
	if company != "" {
		f.Name = company
		if sp, ok := locate(d.Folded, company); ok {
			f.NameSpan = &sp
		}
		if m := legalRe.FindStringIndex(strings.ToLower(company)); m != nil {
			f.LegalForm = canonicalForm(strings.ToLower(company)[m[0]:m[1]])
		}
	}
	f.findLegalForm(x, company == "")
	if f.Name == "" {
		f.nameFromField(x)
	}
	if f.Name == "" {
		f.nameFromProfile(x)
	}
	if f.Name == "" {
		f.nameFromHeading(d)
	}
	if f.Name == "" {
		f.nameFromProse(x)
	}
}

func locate(folded, name string) (textnorm.Span, bool) {
	fn := textnorm.New(name).Folded
	if i := strings.Index(folded, fn); fn != "" && i >= 0 {
		return textnorm.Span{Start: i, End: i + len(fn)}, true
	}
	return textnorm.Span{}, false
}

// findLegalForm records the first legal form that follows a real name, and
// takes that name when wantName is set.
func (f *Facts) findLegalForm(x *scan, wantName bool) {
	if !x.has(cueLegal) {
		return
	}
	d := x.d
	for _, h := range x.hits(phraseLegal, x.windowsOf(cueLegal)) {
		m := [2]int{h.start, h.end}
		if w := d.Folded[m[0]:m[1]]; (w == "limited" || w == "group") && legalTrailers.MatchString(d.Folded[m[1]:]) ||
			w == "limited" && adjectiveBefore(d, m[0]) {
			continue
		}
		start, ok := nameBefore(d, m[0], commaForm(d.Folded[m[0]:m[1]]))
		if !ok || !capitalised(d, m[0]+strings.IndexFunc(d.Folded[m[0]:m[1]], unicode.IsLetter)) {
			continue
		}
		form := canonicalForm(d.Folded[m[0]:m[1]])
		if form != "" && f.LegalFormSpan == nil {
			f.LegalForm = form
			f.LegalFormSpan = &textnorm.Span{Start: m[0], End: m[1]}
		}
		if wantName && f.Name == "" {
			f.setName(d, start, m[1])
		}
	}
}

// adjectiveBefore reports whether the word before folded offset off makes a
// following "limited" an adjective: "are not limited to", "very limited".
func adjectiveBefore(d *textnorm.Doc, off int) bool {
	i := d.TokenAt(off) - 1
	return i >= 0 && limitedAdverbs[d.Tokens[i].Text]
}

var limitedAdverbs = wordSet(`not is are was were be been being very highly too so quite rather more less most
	strictly only seats`)

func (f *Facts) setName(d *textnorm.Doc, start, end int) {
	s, e := d.Source(start, end)
	f.Name = strings.TrimSpace(d.Src[s:e])
	f.NameSpan = &textnorm.Span{Start: start, End: end}
}

// commaForms are the legal forms written after a comma as often as not:
// "Larkspur Analytics, Inc.", "Acme, LLC".
var commaForms = wordSet(`inc inc. incorporated llc llc. l.l.c. ltd ltd. limited llp corp corp.`)

// commaForm reports whether the legal-form match m may follow a comma.
func commaForm(m string) bool { return commaForms[m] }

// nameBefore walks back from a suffix over capitalised words of the same
// sentence, joined by at most a short gap such as " & ", and returns where
// the name starts. comma allows ", " between the suffix and the name.
func nameBefore(d *textnorm.Doc, suffix int, comma bool) (int, bool) {
	sent := d.SentenceOf(suffix)
	next, n := suffix, 0
	for i := d.TokenAt(suffix) - 1; i >= 0 && n < 6; i-- {
		tk := d.Tokens[i]
		gap := d.Folded[tk.End:next]
		if n == 0 && comma && (gap == ", " || gap == "," || gap == "., " || gap == ".,") {
			gap = " "
		}
		if tk.Sentence != sent || len(gap) > 4 || strings.ContainsAny(gap, ",:;!?\n|") ||
			notNameWords[tk.Text] && !midName(d, i) || !capitalised(d, tk.Start) {
			break
		}
		next, n = tk.Start, n+1
	}
	return next, n > 0
}

// midName reports whether token i, a word that may not start a name, sits
// inside one: capitalised, with a capitalised name word just before it, as
// "Contact" does in "Pacific Harborline Contact Solutions, Inc.".
func midName(d *textnorm.Doc, i int) bool {
	if i == 0 || !capitalised(d, d.Tokens[i].Start) {
		return false
	}
	p := d.Tokens[i-1]
	gap := d.Folded[p.End:d.Tokens[i].Start]
	return p.Sentence == d.Tokens[i].Sentence && len(gap) <= 3 && !strings.ContainsAny(gap, ",:;!?\n|") &&
		!notNameWords[p.Text] && capitalised(d, p.Start)
}

// capitalised reports whether the source character behind folded offset
// off is an upper-case letter or a digit.
func capitalised(d *textnorm.Doc, off int) bool {
	s, _ := d.Source(off, off+1)
	r, _ := utf8.DecodeRuneInString(d.Src[s:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}
