package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Most honest adverts name the company without a legal form: job boards keep
// the name in a company field or a profile ("Food52 is a cooking site",
// "We're Food52, and …"), and the advert speaks of itself ("At Acme, we …",
// "Acme is hiring"). The functions here read those phrasings. Each one takes
// a run of capitalised words (read in Doc.Src, so "Food52" counts and "at
// this time" does not) and only where the words around it make it a name.

// profileVerbs may follow a name that opens a company profile: "Acme is a
// …", "Acme builds …". A run followed by any other word ("Growing event
// company …", "Awarded by …") is not taken.
var profileVerbs = wordSet(`is are was were has have had provides provide delivers offers helps specializes
	specialises builds creates develops designs makes gets serves operates connects empowers brings enables
	partners works believes began started combines focuses manufactures sells supplies produces leads owns
	runs uses aims strives exists represents invests gives believes strives powers transforms unites
	exists envisions strives offer deliver help build create develop design make serve operate connect
	empower bring enable work believe`)

// runStop may not be part of a name read forwards: pronouns, determiners and
// the words adverts capitalise in headings. Placeholder words ("company",
// "group") are allowed inside a run; a run made only of them is no name.
var runStop = wordSet(`is are was were be been has have had will can may do does did not no yes
	we our us you your they their them he she it its i me my this that these those there here what why how
	everyone everybody anyone someone nobody one
	when where who which if as in on at to for from by with of about into over under after before during
	the a an all any each every some many most more less few other such own same both either
	join apply hiring hire urgent urgently required needed wanted looking seeking opportunity opportunities
	job jobs vacancy vacancies position positions role roles post posts career careers team staff
	today now home office online remote work from dear hello hi thanks thank please note welcome
	salary pay location description summary overview responsibilities requirements benefits duties
	qualifications experience skills candidate candidates applicant applicants employer employee employees
	company's`)

// connectors may join two capitalised words of a name ("Bank of America",
// "Johnson and Johnson") but neither start nor end one.
var connectors = wordSet(`of and & for de`)

// capRun reads a name forwards from folded offset off: up to six capitalised
// words of one sentence, joined by blanks, "&", "-", "." or a connector
// ("of", "and") that has a capitalised word after it. It returns the span
// and whether one was found.
func capRun(d *textnorm.Doc, off int) (int, int, bool) {
	first := d.TokenAt(off)
	if first >= len(d.Tokens) || d.Tokens[first].Start > off+1 {
		return 0, 0, false
	}
	sent := d.Tokens[first].Sentence
	start, end, n := -1, -1, 0
	for i := first; i < len(d.Tokens) && n < 8; i++ {
		tk := d.Tokens[i]
		if tk.Sentence != sent {
			break
		}
		if end >= 0 && (!nameGap(d.Folded[end:tk.Start]) || gluedDot(d, end, tk)) {
			break
		}
		if tk.Text == "amp" && tk.Start > 0 && d.Folded[tk.Start-1] == '&' && strings.HasPrefix(d.Folded[tk.End:], ";") {
			continue // "Felsburg Holt &amp; Ullevig" in HTML-escaped exports
		}
		if connectors[tk.Text] && start >= 0 {
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Sentence == sent && nameGap(d.Folded[tk.End:d.Tokens[i+1].Start]) &&
				capitalised(d, d.Tokens[i+1].Start) && !runStop[d.Tokens[i+1].Text] {
				continue
			}
			break
		}
		if runStop[tk.Text] && !(start < 0 && tk.Text == "the" && i+1 < len(d.Tokens) && capitalised(d, d.Tokens[i+1].Start)) ||
			!capitalised(d, tk.Start) {
			break
		}
		if start < 0 {
			start = tk.Start
		}
		end, n = tk.End, n+1
	}
	if start < 0 || !plausible(d.Folded[start:end]) {
		return 0, 0, false
	}
	return start, end, true
}

// gluedDot reports whether a bare "." joins two words of two or more
// letters, which is two sentences run together ("Qatar.Should you …"),
// not initials ("W.M. Sprinkman").
func gluedDot(d *textnorm.Doc, end int, next textnorm.Token) bool {
	p := d.Tokens[d.TokenAt(end-1)]
	return d.Folded[end:next.Start] == "." && p.End-p.Start >= 2 && next.End-next.Start >= 2
}

// nameGap reports whether the characters between two words of a name may
// join them: blanks, "&", a hyphen, a dot or an apostrophe.
func nameGap(gap string) bool {
	if len(gap) > 7 {
		return false
	}
	gap = strings.ReplaceAll(gap, "&amp;", "&")
	for _, r := range gap {
		if !strings.ContainsRune(" &-.'’", r) {
			return false
		}
	}
	return len(gap) <= 3
}

// plausible rejects runs that are only placeholders or a lone "The", and
// well-known brands: "Amazon is hiring" is what impersonators write, and
// the brand rules judge it.
func plausible(s string) bool {
	s = strings.TrimPrefix(s, "the ")
	return s != "the" && !onlyGeneric(s) && brandRe.FindStringIndex(s) == nil
}

// nameFromProfile takes the name that opens a company profile: "Acme is a
// …", "We're Acme, and …", "Founded in 2009, Acme …". The first three
// sentences after each profile heading are tried.
func (f *Facts) nameFromProfile(x *scan) {
	if !x.has(cueProfile) {
		return
	}
	d := x.d
	for _, m := range x.hits(phraseProfile, x.lineWindows(cueProfile)) {
		si := d.SentenceOf(m.end)
		off := m.end
		if si < len(d.Sentences) && d.Sentences[si].End <= m.end {
			si++
			off = -1
		}
		for k := si; k < len(d.Sentences) && k < si+3; k++ {
			sent := d.Sentences[k]
			if k == si && off > sent.Start {
				sent.Start = min(off, sent.End) // "Company overview: Acme is …" on one line
			}
			if s, e, ok := openingName(x, sent); ok && !placeName(d.Folded[s:e]) {
				f.setName(d, s, e)
				return
			}
			// Exports that drop line breaks glue a label or the next
			// sentence on: "MISSION:GoldLeaf HomeCare is …",
			// "… qualifications.Cequens is a …".
			for _, g := range gluedStarts(d, sent) {
				s, e, ok := capRun(d, g)
				if ok && e <= sent.End && profileVerbs[firstWord(d.Folded[e:sent.End])] && !placeName(d.Folded[s:e]) {
					f.setName(d, s, e)
					return
				}
			}
		}
	}
}

// openingName reads the name a profile sentence opens with: a cue such as
// "We're" or "Founded in 2009," then a name, or a name then a verb, a comma
// or an opening bracket; else a name after an opening clause ("Based in
// Hoxton, London, Forward Partners are …"), or a lower-case brand-like word
// before a verb ("reEmbedit provides …").
func openingName(x *scan, sent textnorm.Span) (int, int, bool) {
	d := x.d
	if s, e, ok := leadName(x, sent); ok {
		return s, e, ok
	}
	if s, e, ok := clauseName(d, sent); ok {
		return s, e, ok
	}
	return lowerOpening(d, sent)
}

// gluedStarts returns the places in a sentence where a new one starts
// without a blank: a capital straight after ".", ":" or "!" in the source.
func gluedStarts(d *textnorm.Doc, sent textnorm.Span) []int {
	var out []int
	text := d.Folded[sent.Start:sent.End]
	for i := 1; i+1 < len(text) && len(out) < 4; i++ {
		if c := text[i]; (c == '.' || c == ':' || c == '!') && 'a' <= text[i+1] && text[i+1] <= 'z' &&
			'a' <= text[i-1] && text[i-1] <= 'z' && capitalised(d, sent.Start+i+1) {
			out = append(out, sent.Start+i+1)
		}
	}
	return out
}

// clauseOpeners start a clause that may stand before the name in a
// profile's first sentence.
var clauseOpeners = wordSet(`founded established formed based headquartered located being since started launched
	incorporated born created`)

// clauseName reads "<opening clause>, Name <verb> …": the name after one of
// the sentence's first three commas, when a verb follows it.
func clauseName(d *textnorm.Doc, sent textnorm.Span) (int, int, bool) {
	text := d.Folded[sent.Start:sent.End]
	if !clauseOpeners[firstWord(strings.TrimLeft(text, " \t\n\r*#-•\u00a0"))] {
		return 0, 0, false
	}
	for off, n := 0, 0; n < 3; n++ {
		i := strings.IndexByte(text[off:], ',')
		if i < 0 {
			break
		}
		off += i + 1
		s, e, ok := capRun(d, sent.Start+off+len(text[off:])-len(strings.TrimLeft(text[off:], " ")))
		if w := firstWord(d.Folded[e:sent.End]); ok && e <= sent.End && (profileVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
			return s, e, true
		}
	}
	return 0, 0, false
}

// lowerOpening takes a single word that opens the sentence before a verb
// when it looks like a brand although written in lower case: it has a
// capital or a digit inside ("reEmbedit", "in2media"), or it is written
// with a capital elsewhere in the text ("incrediblue" … "Incrediblue").
func lowerOpening(d *textnorm.Doc, sent textnorm.Span) (int, int, bool) {
	i := d.TokenAt(sent.Start)
	if i >= len(d.Tokens) || d.Tokens[i].Start >= sent.End || i+1 >= len(d.Tokens) {
		return 0, 0, false
	}
	tk := d.Tokens[i]
	if runStop[tk.Text] || genericWords[tk.Text] || tk.Number || len(tk.Text) < 4 ||
		strings.Trim(d.Folded[sent.Start:tk.Start], " \t\n\r*#-•\u00a0") != "" ||
		!profileVerbs[firstWord(d.Folded[tk.End:sent.End])] || d.Folded[tk.End:d.Tokens[i+1].Start] != " " {
		return 0, 0, false
	}
	if brandLike(d, tk) {
		return tk.Start, tk.End, true
	}
	return 0, 0, false
}

// brandLike reports whether a word reads as a brand: a capital or digit
// after its first letter, or a capitalised spelling of it elsewhere.
func brandLike(d *textnorm.Doc, tk textnorm.Token) bool {
	s, e := d.Source(tk.Start, tk.End)
	src := d.Src[s:e]
	for k := 1; k < len(src); k++ {
		if 'A' <= src[k] && src[k] <= 'Z' || '0' <= src[k] && src[k] <= '9' {
			return src[0] < 'A' || src[0] > 'Z' || k > 1 // "reEmbedit", "in2media"; not "USA"-style words
		}
	}
	for _, o := range d.Tokens {
		if o.Text == tk.Text && o.Start != tk.Start && capitalised(d, o.Start) {
			return true
		}
	}
	return false
}

// leadName is openingName's first reading: a cue, or a capitalised name
// that opens the sentence.
func leadName(x *scan, sent textnorm.Span) (int, int, bool) {
	d := x.d
	text := d.Folded[sent.Start:sent.End]
	lead := len(text) - len(strings.TrimLeft(text, " \t\n\r*#-•\u00a0"))
	if m, ok := x.afterLead(sent.Start, sent.End, sent.Start+lead); ok {
		if m.alt == 3 {
			s, e, ok := capRun(d, m.end)
			return s, e, ok && atWe(d.Folded[e:])
		}
		return cuedName(d, m.end, m.alt == 1)
	}
	s, e, ok := capRun(d, sent.Start+lead)
	if !ok || e > sent.End {
		return 0, 0, false
	}
	if w := d.Folded[s:e]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return s, e - len(w[strings.LastIndexAny(w, "'’"):]), true // "Acme's mission is …"
	}
	return s, e, opensProfile(d.Folded[e:sent.End])
}

// opensProfile reports whether rest, what follows a name at the start of a
// profile, makes it the subject: a verb, ", a …", ", formerly …" or "(".
func opensProfile(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	switch {
	case strings.HasPrefix(rest, "("), strings.HasPrefix(rest, "'s "), strings.HasPrefix(rest, "’s "):
		return true
	case strings.HasPrefix(rest, ","):
		w := firstWord(rest[1:])
		return w == "a" || w == "an" || w == "the" || w == "formerly" || w == "founded" || w == "based" ||
			w == "headquartered" || w == "one" || w == "inc" || w == "llc" || w == "ltd" || w == "we" || w == "our" ||
			strings.HasPrefix(strings.TrimLeft(rest[1:], " "), "#url_")
	}
	return profileVerbs[firstWord(rest)] && !personRole(rest)
}

// personRoles are what a person, not a company, "is": "Anthony Warren is a
// marketing consultant" introduces the recruiter, not the employer.
var personRoles = wordSet(`consultant consultants manager director founder ceo owner recruiter engineer agent
	specialist professional entrepreneur coach expert veteran freelancer investor designer developer he she
	mother father graduate student`)

// personRole reports whether one of the first six words of rest, before
// any company noun, is a person's role.
func personRole(rest string) bool {
	for i, w := range strings.Fields(rest) {
		if i >= 6 {
			break
		}
		w = strings.Trim(w, ".,;:!?()")
		if companyNouns[w] {
			return false
		}
		if personRoles[w] {
			return true
		}
	}
	return false
}

var companyNouns = wordSet(`company firm agency business organization organisation corporation group startup
	provider leader brand chain network platform studio consultancy practice`)

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || r == '\'') })
	if i < 0 {
		return s
	}
	return s[:i]
}

// cuedName reads the name after a cue. alone says the name must end the
// clause ("We're Acme, and", "Join Acme!", "Join Acme as …"); otherwise any
// word may follow ("Founded in 2009, Acme builds …").
func cuedName(d *textnorm.Doc, off int, alone bool) (int, int, bool) {
	s, e, ok := capRun(d, off)
	if !ok {
		return 0, 0, false
	}
	if !alone {
		return s, e, true
	}
	return s, e, endsClause(d, e)
}

// endsClause reports whether the name ending at folded offset e closes its
// clause: punctuation, the end of the line, or "and", "as", "where", "in".
func endsClause(d *textnorm.Doc, e int) bool {
	rest := strings.TrimLeft(d.Folded[e:], " \t")
	if rest == "" || strings.ContainsRune(",.!?;:)–—-\n|", []rune(rest)[0]) {
		return true
	}
	switch firstWord(rest) {
	case "and", "as", "where", "in", "today", "now":
		return true
	}
	return false
}

// nameFromProse finds the employer where an advert speaks of itself: "At
// Acme, we …", "join the team at Acme", "Acme is hiring", "Acme was
// founded in …". The first such name in the text is taken.
func (f *Facts) nameFromProse(x *scan) {
	d := x.d
	best, bestEnd := -1, -1
	for _, m := range x.hits(phraseAfter, x.tightWindows(cueAfter|cueAt|cueWe|cueAtTeam, afterCues)) {
		if best >= 0 && m.end > best {
			break
		}
		var s, e int
		var ok bool
		if m.alt == 3 { // "At Acme, we …"
			s, e, ok = capRun(d, m.end)
			ok = ok && atWe(d.Folded[e:])
		} else {
			s, e, ok = cuedName(d, m.end, m.alt == 1)
		}
		if ok {
			best, bestEnd = s, e
			break
		}
	}
	for _, m := range x.hits(phraseBefore, x.tightWindows(cueBefore|cueIs, beforeCues)) {
		if best >= 0 && m.start > best {
			break
		}
		s, ok := nameBefore(d, m.start, false)
		if ok && opensSentence(d, s) && plausible(d.Folded[s:m.start]) && !runStop[d.Tokens[d.TokenAt(s)].Text] && !gluedWe(d, m.start) {
			best, bestEnd = s, m.start
			break
		}
	}
	if best >= 0 {
		f.setName(d, best, bestEnd)
	}
}

// beforeCues reports whether a sentence may hold a before match (see beforeAt): one of
// its words after "is", "are", "was" or "were".
func beforeCues(c cue) bool { return c&cueBefore != 0 && c&cueIs != 0 }

// afterCues reports whether a line may hold an after match (see afterAt) that
// nameFromProse takes: a cue of its own, "team at" and the like, or "at"
// with the "we", "our" or "you" that atWe wants after the name.
func afterCues(c cue) bool { return c&cueAfter != 0 || c&cueAt != 0 && c&(cueWe|cueAtTeam) != 0 }

// opensSentence reports whether only blanks, bullets and marks stand
// between the start of its sentence and folded offset off: "Acme is hiring"
// names Acme, "… help Copy Services at the counter is …" does not.
func opensSentence(d *textnorm.Doc, off int) bool {
	sent := d.Sentences[d.SentenceOf(off)]
	return d.TokenAt(sent.Start) == d.TokenAt(off)
}

// gluedWe reports whether the name ending at folded offset e ends in a "We"
// glued to the word before, as exports that drop line breaks write "Job
// DescriptionWe are looking for …".
func gluedWe(d *textnorm.Doc, e int) bool {
	s, se := d.Source(max(0, e-3), e)
	w := strings.TrimRight(d.Src[s:se], " ")
	return len(w) == 3 && w[1:] == "We" && ('a' <= w[0] && w[0] <= 'z' || 'A' <= w[0] && w[0] <= 'Z')
}

// atWe reports whether rest, what follows "At <name>", goes on with "we",
// "our" or "you", which makes the name the speaker's company, not a place.
func atWe(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	rest = strings.TrimPrefix(rest, ",")
	w := firstWord(rest)
	return w == "we" || w == "we're" || w == "our" || w == "you" || w == "you'll"
}
