package employer

import "strings"

// The words around an employer's name that nameFromProse and leadName
// read, word by word (see words.go). The expressions they were:
//
// after, the words a name follows, with what follows them up to the name:
//
//	\b(?:(we(?:'|’)?re|we\s+are|who\s+is|welcome\s+to|(?:team|careers|life|here|join\s+us|family|hiring|openings?|
//	  vacanc(?:y|ies)|internships?)\s+at|joining|join)
//	|((?:founded|established|since(?:\s+its\s+(?:founding|inception))?)\s+(?:in\s+)?(?:19|20)\d\d\s*,)
//	|(at|in))\s+
//
// before, the words that follow a name, from the blank before them:
//
//	\s(?:is|are)\s+(?:now\s+|currently\s+|actively\s+)?(?:hiring|looking\s+for|seeking|searching\s+for|recruiting)\b
//	|\s(?:was|were)\s+(?:founded|established|started|created|formed|launched|incorporated|born)\b
//	|\s(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[a-z0-9-]+\s+){0,4}?(?:company|firm|…|group)\b

//
// profile, the heading of a company profile: the "About the company:" line
// screener.Listing writes before a CompanyProfile field, and the headings
// adverts use for the same section:
//
//	(?m)^[\s*#-]*(?:about\s+(?:the\s+)?(?:company|us|employer|organi[sz]ation)
//	|company\s+(?:overview|profile|description|background|info|information)|who\s+we\s+are)
//	\s*(?::[ \t]*|[ \t]*$)

var (
	pwWere, pwWe, pwRe, pwAre, pwWho, pwIs = id("were"), id("we"), id("re"), id("are"), id("who"), id("is")
	pwWelcome, pwTo, pwAt, pwJoin, pwUs    = id("welcome"), id("to"), id("at"), id("join"), id("us")
	pwJoining, pwSince, pwIts, pwIn        = id("joining"), id("since"), id("its"), id("in")
	pwLooking, pwSearching, pwFor, pwOne   = id("looking"), id("searching"), id("for"), id("one")
	pwOf, pwThe, pwStart, pwUp, pwNon      = id("of"), id("the"), id("start"), id("up"), id("non")
	pwProfit, pwAbout, pwCompany           = id("profit"), id("about"), id("company")

	pProfileOf    = wordsOf(`company us employer organization organisation`)
	pProfileKinds = wordsOf(`overview profile description background info information`)

	pAtTeam   = wordsOf(`team careers life here family hiring openings opening vacancy vacancies internships internship`)
	pFounded  = wordsOf(`founded established`)
	pFounding = wordsOf(`founding inception`)
	pAtIn     = wordsOf(`at in`)
	// pAfterStarts are the words an after match can start with.
	pAfterStarts = wordsOf(`were we who welcome team careers life here join family hiring openings opening vacancy
		vacancies internships internship joining founded established since at in`)

	pIsAre      = wordsOf(`is are`)
	pWasWere    = wordsOf(`was were`)
	pBeforeVerb = wordsOf(`is are was were`)
	pAdverbs    = wordsOf(`now currently actively`)
	pHiring     = wordsOf(`hiring seeking recruiting`)
	pFoundedAs  = wordsOf(`founded established started created formed launched incorporated born`)
	pArticles   = wordsOf(`a an the`)
	pKinds      = wordsOf(`company firm agency provider leader startup business organization organisation
		manufacturer distributor platform consultancy studio corporation retailer employer developer dealer
		dealership carrier marketplace network school college hospital practice charity nonprofit institution
		partnership operator producer publisher brand chain group`)
)

// afterLead returns the after match that starts at folded offset at, when
// it is the first in Folded[lo:hi]; no word may start between lo and at.
func (x *scan) afterLead(lo, hi, at int) (hit, bool) {
	if x.ref != nil {
		hs := x.ref(phraseAfter, lo, hi)
		return firstHit(hs), len(hs) > 0 && hs[0].start == at
	}
	// An after match spans at most five words ("since its founding in 2009,").
	q := seq{x.d.Folded, x.words(lo, hi, 6)}
	if len(q.ws) == 0 || q.ws[0].start != at || !pAfterStarts.Has(q.ws[0].id) {
		return hit{}, false
	}
	end, alt := afterAt(q, 0, hi)
	return hit{at, end, alt}, end >= 0
}

func firstHit(hs []hit) hit {
	if len(hs) == 0 {
		return hit{}
	}
	return hs[0]
}

// afterHits appends the after matches among the words of q, a window
// that ends at hi.
func afterHits(q seq, hi int, out []hit) []hit {
	for k := 0; k < len(q.ws); k++ {
		if !pAfterStarts.Has(q.ws[k].id) {
			continue
		}
		if end, alt := afterAt(q, k, hi); end >= 0 {
			out = append(out, hit{q.ws[k].start, end, alt})
			k = q.at(k, end) - 1
		}
	}
	return out
}

// afterAt returns the end of the after match at word k (past the blanks
// after it) and its alternative, or -1.
func afterAt(q seq, k, hi int) (int, int) {
	if e := blanksAfter(q.s, cueEnd(q, k, hi), hi); e >= 0 {
		return e, 1
	}
	w := q.ws[k].id
	if w == pwSince && q.then(k+1, pwIts) && q.thenIn(k+2, pFounding) {
		if e := yearAfter(q, k+3, hi); e >= 0 {
			return e, 2
		}
	}
	if w == pwSince || pFounded.Has(w) {
		if e := yearAfter(q, k+1, hi); e >= 0 {
			return e, 2
		}
	}
	if pAtIn.Has(w) {
		if e := blanksAfter(q.s, q.ws[k].end, hi); e >= 0 {
			return e, 3
		}
	}
	return -1, 0
}

// blanksAfter returns the end of the \s+ that starts at e, or -1 when
// there is none (or e is -1).
func blanksAfter(s string, e, hi int) int {
	if e < 0 || e >= hi || !isSpace(s[e]) {
		return -1
	}
	return spaceRun(s, e, hi)
}

// cueEnd returns the end of the first alternative of after that matches at
// word k and has a blank after it, or -1: "we're", "we are", "who is",
// "welcome to", "team at" and the like, "joining", "join".
func cueEnd(q seq, k, hi int) int {
	w := q.ws[k].id
	ok := func(e int) bool { return e < hi && isSpace(q.s[e]) }
	var e int
	try := func(j int) bool { e = q.ws[j].end; return ok(e) }
	switch {
	case w == pwWere && try(k):
	case w == pwWe && q.is(k+1, pwRe) && (q.gap(k+1) == "'" || q.gap(k+1) == "’") && try(k+1):
	case w == pwWe && q.then(k+1, pwAre) && try(k+1):
	case w == pwWho && q.then(k+1, pwIs) && try(k+1):
	case w == pwWelcome && q.then(k+1, pwTo) && try(k+1):
	case pAtTeam.Has(w) && q.then(k+1, pwAt) && try(k+1):
	case w == pwJoin && q.then(k+1, pwUs) && q.then(k+2, pwAt) && try(k+2):
	case (w == pwJoining || w == pwJoin) && try(k):
	default:
		return -1
	}
	return e
}

// yearAfter reads "\s+(in\s+)?(19|20)\d\d\s*,\s+" before word j and
// returns the end of its last blanks, or -1.
func yearAfter(q seq, j, hi int) int {
	if !q.sp(j) {
		return -1
	}
	if q.is(j, pwIn) && q.sp(j+1) {
		if e := yearComma(q, j+1, hi); e >= 0 {
			return e
		}
	}
	return yearComma(q, j, hi)
}

// yearComma reads "(19|20)\d\d\s*,\s+" at word m.
func yearComma(q seq, m, hi int) int {
	if m >= len(q.ws) {
		return -1
	}
	y := q.s[q.ws[m].start:q.ws[m].end]
	if len(y) != 4 || !(y[:2] == "19" || y[:2] == "20") || y[2] < '0' || y[2] > '9' || y[3] < '0' || y[3] > '9' {
		return -1
	}
	e := spaceRun(q.s, q.ws[m].end, hi)
	if e >= hi || q.s[e] != ',' {
		return -1
	}
	return blanksAfter(q.s, e+1, hi)
}

// beforeHits appends the before matches among the words of q, a window
// from lo to hi.
func beforeHits(q seq, lo, hi int, out []hit) []hit {
	for k := 0; k < len(q.ws); k++ {
		w := q.ws[k]
		if !pBeforeVerb.Has(w.id) || w.start-1 < lo || !isSpace(q.s[w.start-1]) {
			continue
		}
		if e := beforeAt(q, k, hi); e >= 0 {
			out = append(out, hit{w.start - 1, q.ws[e].end, 0})
			k = e
		}
	}
	return out
}

// beforeAt returns the last word of the before match whose verb is word k,
// or -1.
func beforeAt(q seq, k, hi int) int {
	w := q.ws[k].id
	if pIsAre.Has(w) && q.sp(k+1) {
		if q.in(k+1, pAdverbs) && q.sp(k+2) {
			if e := hiringAt(q, k+2); e >= 0 {
				return e
			}
		}
		if e := hiringAt(q, k+1); e >= 0 {
			return e
		}
	}
	if pWasWere.Has(w) && q.thenIn(k+1, pFoundedAs) {
		return k + 1
	}
	if pIsAre.Has(w) && q.sp(k+1) {
		return kindAt(q, k+1, hi)
	}
	return -1
}

// hiringAt reads "hiring|looking\s+for|seeking|searching\s+for|recruiting"
// at word j.
func hiringAt(q seq, j int) int {
	switch {
	case q.in(j, pHiring):
		return j
	case (q.is(j, pwLooking) || q.is(j, pwSearching)) && q.then(j+1, pwFor):
		return j + 1
	}
	return -1
}

// kindAt reads "(a|an|the|one\s+of\s+the)\s+([a-z0-9-]+\s+){0,4}?<kind>\b"
// at word j: a company noun after at most four words.
func kindAt(q seq, j, hi int) int {
	a := -1
	switch {
	case q.in(j, pArticles):
		a = j
	case q.is(j, pwOne) && q.then(j+1, pwOf) && q.then(j+2, pwThe):
		a = j + 2
	default:
		return -1
	}
	p := blanksAfter(q.s, q.ws[a].end, hi)
	if p < 0 {
		return -1
	}
	m := a + 1
	for n := 0; ; n++ {
		if m = q.at(m, p); m < len(q.ws) && q.ws[m].start == p {
			if e := kindNoun(q, m); e >= 0 {
				return e
			}
		}
		if n == 4 {
			return -1
		}
		c := p
		for c < hi && (q.s[c] >= 'a' && q.s[c] <= 'z' || q.s[c] >= '0' && q.s[c] <= '9' || q.s[c] == '-') {
			c++
		}
		if c == p {
			return -1
		}
		if p = blanksAfter(q.s, c, hi); p < 0 {
			return -1
		}
	}
}

// kindNoun matches a company noun at word m: one word, or "start-up",
// "non-profit".
func kindNoun(q seq, m int) int {
	switch {
	case q.in(m, pKinds):
		return m
	case (q.is(m, pwStart) && q.is(m+1, pwUp) || q.is(m, pwNon) && q.is(m+1, pwProfit)) && q.gap(m+1) == "-":
		return m + 1
	}
	return -1
}

// profileHits appends the profile headings among the words of q, a window
// from lo to hi.
func profileHits(q seq, lo, hi int, out []hit) []hit {
	prev := lo
	for k := 0; k < len(q.ws); k++ {
		w := q.ws[k]
		if w.start < prev || w.id != pwAbout && w.id != pwCompany && w.id != pwWho {
			continue
		}
		start := headingStart(q.s, lo, prev, w.start)
		if start < 0 {
			continue
		}
		e := -1
		switch {
		case w.id == pwAbout && q.then(k+1, pwThe) && q.thenIn(k+2, pProfileOf):
			e = k + 2
		case w.id == pwAbout && q.thenIn(k+1, pProfileOf), w.id == pwCompany && q.thenIn(k+1, pProfileKinds):
			e = k + 1
		case w.id == pwWho && q.then(k+1, pwWe) && q.then(k+2, pwAre):
			e = k + 2
		}
		if e < 0 {
			continue
		}
		if end := headingEnd(q.s, q.ws[e].end, hi); end >= 0 {
			out = append(out, hit{start, end, 0})
			prev = end
			k = e
		}
	}
	return out
}

// headingStart returns where a heading whose first word starts at folded
// offset off begins: the first line start at or after from with only
// [\s*#-] between it and off, the window's start lo counting as one; -1
// when there is none.
func headingStart(s string, lo, from, off int) int {
	b := off
	for b > from && strings.IndexByte(" \t\n\r\f*#-", s[b-1]) >= 0 {
		b--
	}
	if b == lo || s[b-1] == '\n' {
		return b
	}
	if i := strings.IndexByte(s[b:off], '\n'); i >= 0 {
		return b + i + 1
	}
	return -1
}

// headingEnd returns the end of "\s*(?::[ \t]*|[ \t]*$)" from folded
// offset e in a window ending at hi, or -1: past a colon and the blanks
// after it, else at the end of the window after blanks, else before the
// last line break of the blanks.
func headingEnd(s string, e, hi int) int {
	r := spaceRun(s, e, hi)
	switch {
	case r < hi && s[r] == ':':
		r++
		for r < hi && (s[r] == ' ' || s[r] == '\t') {
			r++
		}
		return r
	case r == hi:
		return hi
	}
	if n := strings.LastIndexByte(s[e:r], '\n'); n >= 0 {
		return e + n
	}
	return -1
}
