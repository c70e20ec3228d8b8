package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// An advert is read once, token by token, to learn which lines hold the
// words each pattern of this package needs; a pattern then runs only over
// those lines instead of over the whole text. Sixteen whole-text scans were
// most of this package's cost, and most lines of an advert hold none of the
// words: a legal form, a registry's name, a placeholder, an address part.

// cue is a set of patterns, one bit each, that a line may hold words for.
type cue uint32

const (
	cueLegal     cue = 1 << iota // the legal forms (legalHits)
	cueField                     // fieldRe
	cueProfile                   // the profile headings (profileHits)
	cueAfter                     // the after phrases (afterAt), all but the "at" cue
	cueAt                        // "at", "in" ("based" for vagueAt): with cueWe, the third after phrase
	cueWe                        // "we", "our", "you" after "At <name>"
	cueAtTeam                    // "team", "careers" … before "at"
	cueBefore                    // the before phrases (beforeAt)
	cueVague                     // the placeholders (vagueAt)
	cuePart                      // partRe
	cueStreet                    // usStreetRe
	cueLandmark                  // landmarkRe
	cueBrand                     // brandRe
	cueReg                       // the registration patterns
	cueNum                       // a number (usStreetRe needs one)
	cueVagueNoun                 // "company", "office" …: vagueAt's "a … company in X"
	cueArticle                   // "a", "an"
	cueVagueAdj                  // "leading", "reputed" …: before a placeholder noun
	cueClient                    // "client", "customer": after "our"
	cueIs                        // "is", "are", "was", "were": beforeAt's verbs
)

// cueLists are, for each pattern, the words every match of it holds at
// least one of. They are necessary, not sufficient: the pattern decides.
var cueLists = []struct {
	c     cue
	words string
}{
	{cueLegal, `pvt private ltd limited pte sdn bhd smc fz fzco fze llc fzllc llp l w wll inc incorporated plc gmbh corporation corp group`},
	{cueField, `company employer organization organisation hiring`},
	{cueProfile, `about company who`},
	{cueAfter, `we're were we who welcome joining join founded established since`},
	{cueAt, `at in`},
	{cueWe, `we we're our you you'll`},
	{cueIs, `is are was were`},
	{cueAtTeam, `team careers life here us family hiring opening openings vacancy vacancies internship internships`},
	{cueBefore, `hiring looking seeking searching recruiting founded established started created formed launched
		incorporated born company firm agency provider leader startup start business organization organisation
		manufacturer distributor platform consultancy studio corporation retailer employer developer dealer dealership
		carrier marketplace network school college hospital practice charity nonprofit non profit institution partnership
		operator producer publisher brand chain group`},
	{cueVague, `software mnc multinational multi international confidential undisclosed disclosed call bpo`},
	{cueVagueAdj, `leading reputed reputable renowned well famous top prestigious`},
	{cueClient, `client clients customer customers`},
	{cueVagueNoun, `company companies firm organization organisation office group brand`},
	{cueArticle, `a an`},
	{cueAt, `based`},
	{cuePart, `streets roads plazas buildings bldgs towers avenues boulevards blvds arcades street st road rd plaza office flat block sector suite building bldg tower avenue ave boulevard blvd
		phase arcade trade business floor sangkat plot shop house lane commercial industrial gidc`},
	{cueStreet, `st street ave avenue rd road blvd dr drive ln lane way pkwy ct`},
	{cueLandmark, `near opposite opp behind next beside adjacent chowk stop masjid above below upstairs over`},
	{cueBrand, `amazon google microsoft apple meta facebook netflix walmart coca cocacola emirates etisalat jazz
		telenor daraz k kelectric pia infosys tcs wipro accenture teleperformance concentrix ibex trg careem uber
		fedex dhl aramco`},
	{cueReg, `ntn licence license lic reg registration incorporation permit cuin secp pseb registered`},
}

// cueWords maps a folded word to the patterns it is a cue for.
var cueWords = func() map[string]cue {
	m := map[string]cue{}
	for _, l := range cueLists {
		for _, w := range strings.Fields(l.words) {
			m[w] |= l.c
		}
	}
	return m
}()

// cueByID is cueWords indexed by the words' vocabulary ids (see
// textnorm.Intern): a token's cue is one slice load instead of a hash of
// its text. Cue words are lower-case ASCII, their own textnorm.Key.
var cueByID = func() []cue {
	words := make([]string, 0, len(cueWords))
	for w := range cueWords {
		words = append(words, w)
	}
	var t []cue
	for i, id := range textnorm.Intern(words...) {
		if int(id) >= len(t) {
			t = append(t, make([]cue, int(id)+1-len(t))...)
		}
		t[id] = cueWords[words[i]]
	}
	return t
}()

// tokenCue is lookupCue(tk.Text) for a token of a Doc: a token equals an
// interned word exactly when their ids are equal.
func tokenCue(tk *textnorm.Token) cue {
	if int(tk.ID) < len(cueByID) {
		return cueByID[tk.ID]
	}
	return 0
}

// cueShapes has, for each length and first letter of a cue word, a bit per
// last letter: most words of an advert fail this test and skip the map,
// whose lookups were a quarter of the package's time.
var cueShapes = func() (t [16][26]uint32) {
	for w := range cueWords {
		if n := len(w); n < 16 && isLower(w[0]) && isLower(w[n-1]) {
			t[n][w[0]-'a'] |= 1 << (w[n-1] - 'a')
		}
	}
	return t
}()

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// lookupCue returns the patterns w is a cue word for. No cue word starts
// with a digit (TestLookupCue), so numbers skip the map too.
func lookupCue(w string) cue {
	n := len(w)
	switch {
	case n == 0 || '0' <= w[0] && w[0] <= '9':
		return 0
	case n < 16 && isLower(w[0]) && isLower(w[n-1]) && cueShapes[n][w[0]-'a']&(1<<(w[n-1]-'a')) == 0:
		return 0
	}
	return cueWords[w]
}

// scan is one advert with, for each line, the patterns it holds cues for.
type scan struct {
	d     *textnorm.Doc
	all   cue           // union over the text
	lines []lineCues    // lines holding any cue, in order
	sents []sentCues    // sentences holding any cue, in order
	wins  map[cue][]win // windows per pattern, built on first use
	wbuf  []word        // words' buffer
	// ref, set only by tests, answers the phrase patterns with the regular
	// expressions they replaced (see ref_test.go).
	ref func(p phrase, lo, hi int) []hit
}

type sentCues struct {
	k int // index into Doc.Sentences
	c cue
}

type lineCues struct {
	start, end int // the line, without its newline
	c          cue
}

type win struct{ start, end int }

func newScan(d *textnorm.Doc) *scan {
	x := &scan{d: d}
	s := d.Folded
	lineEnd := -1
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		c := tokenCue(tk)
		if i := strings.IndexByte(tk.Text, '\''); i > 0 {
			c |= lookupCue(tk.Text[:i]) // "street's", "google's"
		}
		if tk.Number {
			c |= cueNum
		}
		if idShaped(tk.Text) {
			c |= cueReg
		}
		if c&lineCue != 0 && !firstOnLine(s, tk.Start) {
			c &^= lineCue // fieldRe and the profile headings want their word first on its line
		}
		if c == 0 {
			continue
		}
		x.all |= c
		if n := len(x.sents); n > 0 && x.sents[n-1].k == tk.Sentence {
			x.sents[n-1].c |= c
		} else {
			x.sents = append(x.sents, sentCues{tk.Sentence, c})
		}
		if c&lineCue == 0 {
			continue
		}
		if tk.Start < lineEnd {
			x.lines[len(x.lines)-1].c |= c
			continue
		}
		lo := strings.LastIndexByte(s[:tk.Start], '\n') + 1
		lineEnd = len(s)
		if i := strings.IndexByte(s[tk.End:], '\n'); i >= 0 {
			lineEnd = tk.End + i
		}
		x.lines = append(x.lines, lineCues{lo, lineEnd, c})
	}
	return x
}

// lineCue are the patterns that start at the start of a line.
const lineCue = cueField | cueProfile

// firstOnLine reports whether only blanks, "*", "#" and "-" stand between
// the start of the line and folded offset off, as (?m)^[\s*#-]* allows.
func firstOnLine(s string, off int) bool {
	for i := off - 1; i >= 0; i-- {
		switch s[i] {
		case '\n':
			return true
		case ' ', '\t', '\r', '*', '#', '-', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// idShaped reports whether a word may be a CIN or GSTIN: long, with digits.
func idShaped(w string) bool {
	return (len(w) == 15 || len(w) == 21) && strings.ContainsAny(w, "0123456789")
}

// has reports whether the text holds a cue for any pattern of c.
func (x *scan) has(c cue) bool { return x.all&c != 0 }

// windows returns the stretches of text a pattern of c must look at: each
// sentence holding a cue for it together with the next sentence, since a
// match may run on over a sentence break ("Reg. No. 123"), merged where
// they touch. Sentences, not lines: adverts exported without line breaks
// are one long line.
func (x *scan) windows(c cue, want func(cue) bool) []win {
	return x.sentWindows(c, want, true)
}

// tightWindows is windows without the next sentence, for patterns whose
// matches stay inside one sentence: a phrase around a name, a placeholder,
// an address part, a brand.
func (x *scan) tightWindows(c cue, want func(cue) bool) []win {
	return x.sentWindows(c, want, false)
}

func (x *scan) sentWindows(c cue, want func(cue) bool, next bool) []win {
	key := c
	if !next {
		key |= 1 << 30
	}
	if w, ok := x.wins[key]; ok {
		return w
	}
	var out []win
	s, sents := x.d.Folded, x.d.Sentences
	for _, sc := range x.sents {
		if !want(sc.c) {
			continue
		}
		start, end := sents[sc.k].Start, sents[sc.k].End
		if next && sc.k+1 < len(sents) {
			end = sents[sc.k+1].End
		}
		for end < len(s) && strings.IndexByte(" \t\r\n", s[end]) >= 0 {
			end++
		}
		if n := len(out); n > 0 && start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, end)
			continue
		}
		out = append(out, win{start, end})
	}
	if x.wins == nil {
		x.wins = map[cue][]win{}
	}
	x.wins[key] = out
	return out
}

// lineWindows is windows by lines, for patterns anchored with (?m)^ or $:
// each line holding a cue for c together with the next line.
func (x *scan) lineWindows(c cue) []win {
	const byLine = 1 << 31
	if w, ok := x.wins[c|byLine]; ok {
		return w
	}
	var out []win
	s := x.d.Folded
	for _, l := range x.lines {
		if l.c&c == 0 {
			continue
		}
		start, end := blankBefore(s, l.start), l.end
		if end < len(s) {
			end = len(s)
			if i := strings.IndexByte(s[l.end+1:], '\n'); i >= 0 {
				end = l.end + 1 + i
			}
		}
		for end < len(s) && strings.IndexByte(" \t\r\n", s[end]) >= 0 {
			end++ // a trailing \s+ runs on over blank lines
		}
		if n := len(out); n > 0 && start <= out[n-1].end+1 {
			out[n-1].end = max(out[n-1].end, end)
			continue
		}
		out = append(out, win{start, end})
	}
	if x.wins == nil {
		x.wins = map[cue][]win{}
	}
	x.wins[c|byLine] = out
	return out
}

func (x *scan) windowsOf(c cue) []win {
	return x.windows(c, func(l cue) bool { return l&c != 0 })
}

func (x *scan) tightWindowsOf(c cue) []win {
	return x.tightWindows(c, func(l cue) bool { return l&c != 0 })
}

// blankBefore moves a line start back over the blank lines (blanks, "*",
// "#", "-") before it, which a leading (?m)^[\s*#-]* takes into its match.
func blankBefore(s string, start int) int {
	for start > 0 {
		p := strings.LastIndexByte(s[:start-1], '\n') + 1
		if strings.Trim(s[p:start-1], " \t\r*#-") != "" {
			break
		}
		start = p
	}
	return start
}

// findAll is re.FindAllStringSubmatchIndex over the windows of c, with
// offsets into the whole folded text. Windows start at a line start and end
// at a line end, so ^, $ and \b see there what they see in the whole text.
func (x *scan) findAll(re *rxscan.Regexp, ws []win) [][]int {
	var out [][]int
	for _, w := range ws {
		for _, m := range re.FindAllStringSubmatchIndex(x.d.Folded[w.start:w.end], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += w.start
				}
			}
			out = append(out, m)
		}
	}
	return out
}
