package employer

// The placeholders vague reports, read word by word. The expression they
// were, with its capture groups numbered as vagueKinds:
//
//	\b(?:(software\s+house)
//	|(mnc|multi-?national\s+(?:company|firm|organi[sz]ation|bank)|international\s+(?:company|firm|organi[sz]ation))
//	|((?:a\s+|one\s+of\s+the\s+)?(?:leading|reputed|reputable|renowned|well[-\s]known|famous|top|prestigious)\s+(?:[a-z]+\s+)?
//	  (?:company|companies|firm|organi[sz]ation|group|brand|bpo|call\s+cent(?:er|re)|software\s+house))
//	|((?:company|employer|client|organi[sz]ation)(?:\s+name)?\s*[:\-]?\s*(?:confidential|undisclosed|not\s+disclosed)
//	  |confidential\s+(?:company|employer|client))
//	|(our\s+(?:client|customer)s?\b)
//	|((?:a|an)\s+(?:[a-z]+\s+){0,2}(?:company|firm|call\s+cent(?:er|re)|office|software\s+house)\s+(?:in|at|based\s+in)\s+[a-z]+)
//	|(call\s+cent(?:er|re)s?|bpo))\b
//
// Every alternative starts and ends with a letter, so a match is whole
// words; "\s*" can join two of them into one ("companyconfidential"), and
// those joined forms are words of their own here.

var (
	vwSoftware, vwHouse, vwMnc, vwMultinational = id("software"), id("house"), id("mnc"), id("multinational")
	vwMulti, vwNational, vwInternational        = id("multi"), id("national"), id("international")
	vwA, vwAn, vwOne, vwOf, vwThe               = id("a"), id("an"), id("one"), id("of"), id("the")
	vwWell, vwKnown, vwCall, vwBpo, vwOur       = id("well"), id("known"), id("call"), id("bpo"), id("our")
	vwName, vwNot, vwDisclosed, vwConfidential  = id("name"), id("not"), id("disclosed"), id("confidential")
	vwNameNot, vwBased, vwIn                    = id("namenot"), id("based"), id("in")

	vMultiNouns = wordsOf(`company firm organization organisation bank`)
	vIntlNouns  = wordsOf(`company firm organization organisation`)
	vAdjectives = wordsOf(`leading reputed reputable renowned famous top prestigious`)
	vRepNouns   = wordsOf(`company companies firm organization organisation group brand bpo`)
	vCentre     = wordsOf(`center centre`)
	vCentres    = wordsOf(`center centre centers centres`)
	vHolders    = wordsOf(`company employer client organization organisation`)
	vHidden     = wordsOf(`confidential undisclosed`)
	vHolderHid  = wordsOf(`companyconfidential companyundisclosed employerconfidential employerundisclosed
		clientconfidential clientundisclosed organizationconfidential organizationundisclosed
		organisationconfidential organisationundisclosed`)
	vHolderNot = wordsOf(`companynot employernot clientnot organizationnot organisationnot`)
	vNameHid   = wordsOf(`nameconfidential nameundisclosed`)
	vOfWhom    = wordsOf(`company employer client`)
	vClients   = wordsOf(`client customer clients customers`)
	vSomeNouns = wordsOf(`company firm office`)
	vInAt      = wordsOf(`in at`)
	// vStarts are the words a match can start with.
	vStarts = wordsOf(`software mnc multinational multi international a one leading reputed reputable renowned
		well famous top prestigious company employer client organization organisation confidential our an call bpo
		companyconfidential companyundisclosed employerconfidential employerundisclosed
		clientconfidential clientundisclosed organizationconfidential organizationundisclosed
		organisationconfidential organisationundisclosed
		companynot employernot clientnot organizationnot organisationnot`)
)

// vagueHits appends the placeholders among the words of q.
func vagueHits(q seq, out []hit) []hit {
	for k := 0; k < len(q.ws); k++ {
		if !vStarts.Has(q.ws[k].id) {
			continue
		}
		if e, alt := vagueAt(q, k); e >= 0 {
			out = append(out, hit{q.ws[k].start, q.ws[e].end, alt})
			k = e
		}
	}
	return out
}

// vagueAt returns the last word of the placeholder starting at word k and
// its alternative, or -1.
func vagueAt(q seq, k int) (int, int) {
	w := q.ws[k].id
	switch {
	case w == vwSoftware && q.then(k+1, vwHouse):
		return k + 1, 1
	case w == vwMnc:
		return k, 2
	case w == vwMultinational && q.thenIn(k+1, vMultiNouns):
		return k + 1, 2
	case w == vwMulti && q.is(k+1, vwNational) && q.gap(k+1) == "-" && q.thenIn(k+2, vMultiNouns):
		return k + 2, 2
	case w == vwInternational && q.thenIn(k+1, vIntlNouns):
		return k + 1, 2
	}
	if e := reputedAt(q, k); e >= 0 {
		return e, 3
	}
	if e := undisclosedAt(q, k); e >= 0 {
		return e, 4
	}
	if w == vwOur && q.thenIn(k+1, vClients) {
		return k + 1, 5
	}
	if w == vwA || w == vwAn {
		if e := somewhereAt(q, k+1); e >= 0 {
			return e, 6
		}
	}
	switch {
	case w == vwCall && q.thenIn(k+1, vCentres):
		return k + 1, 7
	case w == vwBpo:
		return k, 7
	}
	return -1, 0
}

// reputedAt reads "(a |one of the )?<adjective> (<word> )?<noun>".
func reputedAt(q seq, k int) int {
	if q.is(k, vwA) && q.sp(k+1) {
		if e := reputedRest(q, k+1); e >= 0 {
			return e
		}
	}
	if q.is(k, vwOne) && q.then(k+1, vwOf) && q.then(k+2, vwThe) && q.sp(k+3) {
		if e := reputedRest(q, k+3); e >= 0 {
			return e
		}
	}
	return reputedRest(q, k)
}

func reputedRest(q seq, j int) int {
	n := -1
	switch {
	case q.in(j, vAdjectives):
		n = j + 1
	case q.is(j, vwWell) && q.is(j+1, vwKnown) && (q.gap(j+1) == "-" || len(q.gap(j+1)) == 1 && isSpace(q.gap(j + 1)[0])):
		n = j + 2
	}
	if n < 0 || !q.sp(n) {
		return -1
	}
	if q.letters(n) && q.sp(n+1) {
		if e := reputedNoun(q, n+1); e >= 0 {
			return e
		}
	}
	return reputedNoun(q, n)
}

func reputedNoun(q seq, m int) int {
	switch {
	case q.in(m, vRepNouns):
		return m
	case q.is(m, vwCall) && q.thenIn(m+1, vCentre), q.is(m, vwSoftware) && q.then(m+1, vwHouse):
		return m + 1
	}
	return -1
}

// undisclosedAt reads "<holder>( name)?\s*[:-]?\s*(confidential|undisclosed|
// not disclosed)" and "confidential (company|employer|client)".
func undisclosedAt(q seq, k int) int {
	w := q.ws[k].id
	switch {
	case vHolders.Has(w):
		if q.sp(k + 1) {
			switch {
			case q.is(k+1, vwName):
				if e := hiddenAfter(q, k+1); e >= 0 {
					return e
				}
			case q.in(k+1, vNameHid):
				return k + 1
			case q.is(k+1, vwNameNot) && q.then(k+2, vwDisclosed):
				return k + 2
			}
		}
		return hiddenAfter(q, k)
	case vHolderHid.Has(w):
		return k
	case vHolderNot.Has(w) && q.then(k+1, vwDisclosed):
		return k + 1
	case w == vwConfidential && q.thenIn(k+1, vOfWhom):
		return k + 1
	}
	return -1
}

// hiddenAfter reads "\s*[:-]?\s*(confidential|undisclosed|not disclosed)"
// after word j.
func hiddenAfter(q seq, j int) int {
	if j+1 >= len(q.ws) || !labelGap(q.gap(j+1)) {
		return -1
	}
	switch {
	case q.in(j+1, vHidden):
		return j + 1
	case q.is(j+1, vwNot) && q.then(j+2, vwDisclosed):
		return j + 2
	}
	return -1
}

// labelGap reports whether g matches \s*[:\-]?\s*.
func labelGap(g string) bool {
	i := spaceRun(g, 0, len(g))
	if i < len(g) && (g[i] == ':' || g[i] == '-') {
		i++
	}
	return spaceRun(g, i, len(g)) == len(g)
}

// somewhereAt reads, after "a" or "an" ending before word j, "(<word> ){0,2}
// <noun> (in|at|based in) <word>".
func somewhereAt(q seq, j int) int {
	if !q.sp(j) {
		return -1
	}
	for n := 2; n >= 0; n-- {
		ok := true
		for t := 0; t < n && ok; t++ {
			ok = q.letters(j+t) && q.sp(j+t+1)
		}
		if !ok {
			continue
		}
		if e := placeAfter(q, j+n); e >= 0 {
			return e
		}
	}
	return -1
}

func placeAfter(q seq, m int) int {
	n := -1
	switch {
	case q.in(m, vSomeNouns):
		n = m
	case q.is(m, vwCall) && q.thenIn(m+1, vCentre), q.is(m, vwSoftware) && q.then(m+1, vwHouse):
		n = m + 1
	}
	if n < 0 {
		return -1
	}
	l := -1
	switch {
	case q.thenIn(n+1, vInAt):
		l = n + 1
	case q.then(n+1, vwBased) && q.then(n+2, vwIn):
		l = n + 2
	}
	if l < 0 || !q.sp(l+1) || !q.letters(l+1) {
		return -1
	}
	return l + 1
}
