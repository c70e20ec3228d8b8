package employer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// The regular expressions the phrase matchers of vague_words.go and
// prose_words.go replaced, kept as their reference: the matchers must find
// what these find, match for match, on any window of any text.
var (
	vagueRe = rxscan.MustCompile(`\b(?:(software\s+house)|(mnc|multi-?national\s+(?:company|firm|organi[sz]ation|bank)|international\s+(?:company|firm|organi[sz]ation))` +
		`|((?:a\s+|one\s+of\s+the\s+)?(?:leading|reputed|reputable|renowned|well[-\s]known|famous|top|prestigious)\s+(?:[a-z]+\s+)?(?:company|companies|firm|organi[sz]ation|group|brand|bpo|call\s+cent(?:er|re)|software\s+house))` +
		`|((?:company|employer|client|organi[sz]ation)(?:\s+name)?\s*[:\-]?\s*(?:confidential|undisclosed|not\s+disclosed)|confidential\s+(?:company|employer|client))` +
		`|(our\s+(?:client|customer)s?\b)|((?:a|an)\s+(?:[a-z]+\s+){0,2}(?:company|firm|call\s+cent(?:er|re)|office|software\s+house)\s+(?:in|at|based\s+in)\s+[a-z]+)` +
		`|(call\s+cent(?:er|re)s?|bpo))\b`)
	afterRe       = rxscan.MustCompile(`\b(?:(we(?:'|’)?re|we\s+are|who\s+is|welcome\s+to|(?:team|careers|life|here|join\s+us|family|hiring|openings?|vacanc(?:y|ies)|internships?)\s+at|joining|join)|((?:founded|established|since(?:\s+its\s+(?:founding|inception))?)\s+(?:in\s+)?(?:19|20)\d\d\s*,)|(at|in))\s+`)
	profileHeadRe = rxscan.MustCompile(`(?m)^[\s*#-]*(?:about\s+(?:the\s+)?(?:company|us|employer|organi[sz]ation)|company\s+(?:overview|profile|description|background|info|information)|who\s+we\s+are)\s*(?::[ \t]*|[ \t]*$)`)
	beforeRe      = rxscan.MustCompile(`\s(?:is|are)\s+(?:now\s+|currently\s+|actively\s+)?(?:hiring|looking\s+for|seeking|searching\s+for|recruiting)\b` +
		`|\s(?:was|were)\s+(?:founded|established|started|created|formed|launched|incorporated|born)\b` +
		`|\s(?:is|are)\s+(?:a|an|the|one\s+of\s+the)\s+(?:[a-z0-9-]+\s+){0,4}?(?:company|firm|agency|provider|leader|startup|start-up|business|organi[sz]ation|manufacturer|distributor|platform|consultancy|studio|corporation|retailer|employer|developer|dealer|dealership|carrier|marketplace|network|school|college|hospital|practice|charity|nonprofit|non-profit|institution|partnership|operator|producer|publisher|brand|chain|group)\b`)
)

var phraseRes = map[phrase]*rxscan.Regexp{phraseVague: vagueRe, phraseAfter: afterRe, phraseBefore: beforeRe,
	phraseProfile: profileHeadRe, phraseLegal: legalRe}

// phraseNames name the phrase patterns in test messages.
var phraseNames = []string{"vague", "after", "before", "profile", "legal"}

// refHits runs the reference expression of p over Folded[lo:hi].
func refHits(d *textnorm.Doc, p phrase, lo, hi int) []hit {
	var out []hit
	for _, m := range phraseRes[p].FindAllStringSubmatchIndex(d.Folded[lo:hi], -1) {
		h := hit{start: lo + m[0], end: lo + m[1]}
		for g := 1; 2*g < len(m); g++ {
			if m[2*g] >= 0 {
				h.alt = g
				break
			}
		}
		out = append(out, h)
	}
	return out
}

// tokenHits runs the word matcher of p over Folded[lo:hi].
func tokenHits(x *scan, p phrase, lo, hi int) []hit {
	return x.hits(p, []win{{lo, hi}})
}

// extractRef is Extract with the phrase patterns answered by the reference
// expressions.
func extractRef(d *textnorm.Doc, company string, c contacts.Facts) Facts {
	x := newScan(d)
	x.ref = func(p phrase, lo, hi int) []hit { return refHits(d, p, lo, hi) }
	return extract(x, company, c, nil)
}

// samePhrases compares the word matchers with the expressions on the whole
// text, on each window Extract uses and, when sentences is set, on each
// sentence; it returns the first difference.
func samePhrases(text string, sentences bool) error {
	d := textnorm.New(text)
	x := newScan(d)
	spans := []win{{0, len(d.Folded)}}
	if sentences {
		for _, s := range d.Sentences {
			spans = append(spans, win{s.Start, s.End})
		}
		// Windows that cut words, as no window Extract uses does.
		if n := len(d.Folded); n > 2 {
			spans = append(spans, win{1, n - 1}, win{n / 3, 2 * n / 3}, win{n / 2, n})
		}
	}
	spans = append(spans, x.tightWindows(cueVague|cueVagueNoun|cueClient, vagueLines)...)
	spans = append(spans, x.tightWindows(cueAfter|cueAt|cueWe|cueAtTeam, afterCues)...)
	spans = append(spans, x.tightWindows(cueBefore|cueIs, beforeCues)...)
	spans = append(spans, x.lineWindows(cueProfile)...)
	spans = append(spans, x.windowsOf(cueLegal)...)
	for _, w := range spans {
		for _, p := range []phrase{phraseVague, phraseAfter, phraseBefore, phraseProfile, phraseLegal} {
			want, got := refHits(d, p, w.start, w.end), tokenHits(x, p, w.start, w.end)
			if p == phraseBefore || p == phraseProfile || p == phraseLegal {
				for i := range want {
					want[i].alt = 0
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				return fmt.Errorf("%s in %q: words %v, regexp %v", phraseNames[p], d.Folded[w.start:w.end], got, want)
			}
		}
	}
	for _, s := range d.Sentences {
		text := d.Folded[s.Start:s.End]
		at := s.Start + len(text) - len(strings.TrimLeft(text, " \t\n\r*#-•\u00a0"))
		got, gok := x.afterLead(s.Start, s.End, at)
		var hs []hit
		if sentences || mayLeadAfter(d.Folded[at:]) {
			hs = refHits(d, phraseAfter, s.Start, s.End)
		}
		want, wok := firstHit(hs), len(hs) > 0 && hs[0].start == at
		if gok != wok || gok && got != want {
			return fmt.Errorf("after at the start of %q: words %v %v, regexp %v %v", text, got, gok, want, wok)
		}
	}
	return nil
}

// mayLeadAfter reports whether s starts with a word an after match can
// start with, a test independent of the word matcher's own.
func mayLeadAfter(s string) bool {
	for _, w := range strings.Fields(`we who welcome team careers life here join family hiring opening vacanc
		internship founded established since at in`) {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// phraseTexts are hard cases for the word matchers: every alternative,
// words glued by "\s*", apostrophes, underscores, non-ASCII letters inside
// and beside words, upper case, invalid UTF-8, long words, Urdu and Arabic
// script, punctuation runs, and phrases at the start and end of the text.
var phraseTexts = []string{
	"software house", "A software  house in Lahore", "MNC", "a multinational company", "multi-national bank",
	"multi -national bank", "multi_national firm", "International Organisation", "a leading company",
	"one of the leading IT companies", "One of the top call center", "a well-known brand", "well known  group",
	"well--known firm", "a reputed software house", "leading call centres", "top bpo", "a top-rated company",
	"Company: Confidential", "company name - undisclosed", "Employer :not disclosed", "companyconfidential",
	"client nameconfidential", "organisationnot disclosed", "company namenot  disclosed", "company name confidential",
	"confidential client", "Confidential employer.", "our clients", "Our customer's site", "our client_s",
	"a company in karachi", "an office at dha", "a big software house based in lahore", "a new small firm in x2",
	"an it call centre at faisalabad", "a call center in café", "a company in ﻻهور", "call centres", "BPO",
	"bpo's", "ébpo", "bpoé", "_bpo", "bpo_", "call\ncenter", "call\tcenter", "call\fcentre", "call\vcenter",
	"We're Acme, and", "we’re Acme", "were Acme", "We are Acme", "who is Acme", "Welcome to Acme", "team at Acme",
	"Join us at Acme", "join us now", "joining Acme", "join Acme!", "joins Acme", "Founded in 2009, Acme",
	"founded 1999 , Acme", "since its founding in 2010,\nAcme", "since its inception 2011, x", "since 20099, x",
	"Since 2009,x", "established in 1899, x", "At Acme, we", "In Monospace we", "at  \n", "at", "in_",
	"Acme is hiring", " Acme are now hiring", "Acme is actively looking for", "x is currently searching  for",
	"x is now now hiring", "Acme was founded", "Acme were born", "Acme is a company", "Acme is one of the largest firms",
	"Acme is a fast-growing start-up", "Acme is the -- non-profit", "Acme is an a b c d company",
	"Acme is an a b c d e company", "Acme is a high_tech company", "Acme is a ünique company", "Acme is a company-wide",
	"Acme is a b, company", "Acme\u00a0is a firm", "ACME IS A FIRM", "x is\na\ncompany", "is a company",
	"\xffis a company", "a \xffcompany in lahore", "software \xff house", strings.Repeat("a", 70) + " company in x",
	"a " + strings.Repeat("b", 70) + " company in x", "یہ ایک کمپنی ہے company: confidential", "شركة confidential client",
	"!!!--- our clients ---!!!", "...a leading firm...", "* About us\nWe're Acme", "#URL_12ab# is a company",
	"About the company:\nAcme", "about us", "* About Us :  Acme", "## Company Profile\n\n\nAcme", "who we are  \n \n",
	"-- About the Employer\t\nx", "x About us:", "About usa:", "About us_:", "about us\r\nx", "about us \f\n",
	"About us:\nCompany overview:\nWho we are", "About us \n: x", "\n\n\n  about the organisation", "about\nus\n",
	"About us:  Company profile:\n", "About us:\t Acme", "Company info: \t\nAcme", "about the us", "about the the company", "company\tinformation  \v\n",
	"Acme (Pvt) Ltd.", "Acme ( SMC - Private. ) Limited", "acme (pvt)ltd", "((pvt) ltd", "( pvt ) ltdx", "(smcpvt) ltd",
	"Acme Pvt. Ltd.", "Acme Pvt.Ltd", "acme pvtltd", "ACME PRIVATE LIMITED", "smc-pvt ltd", "SMC pvtltd.", "smcprivatelimited",
	"Acme Pvt .Ltd", "pvt ltdx", "Acme Pte. Ltd.", "pte ltd_", "Sdn. Bhd.", "sdnbhd", "Acme FZ-LLC", "fzllc", "fz-llcx",
	"fzco", "fze.", "Acme L.L.C.", "l.l.c", "Acme W.L.L.", "w.l.lx", "WLL", "Acme Inc.", "incorporated", "inc_", "Acme Group.",
	"Corp.", "corporation", "GmbH", "plc", "llp", "limited edition", "not limited to", "Acme Ltd.\nx", "Acme, LLC",
	"(pvt) ltd (pvt) ltd", "x (y (pvt) ltd", "ltd.ltd.", "private(pvt) ltd", "é(pvt) ltd", "_(pvt) ltd",
	"we're_ acme", "we'_re acme", "x_ is hiring", "x is_ hiring", "x is hiring_", "2009, founded in 2009, x", "founded in 2009.5, x", "founded 1,2009, x", "since 20,09, x", "since ٢009, x", "a 2.5 company in x",
}

// sampleTexts are the bundled samples, pages as their raw HTML.
func sampleTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, glob := range []string{"*.txt", "*.html"} {
		files, _ := filepath.Glob("../../../../samples/" + glob)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, string(b))
		}
	}
	if len(out) == 0 {
		t.Fatal("no samples found")
	}
	return out
}

func TestPhrasesSameAsRegexp(t *testing.T) {
	texts := append([]string{}, phraseTexts...)
	for _, s := range phraseTexts {
		texts = append(texts, strings.ToUpper(s), "x "+s+" y", s+". "+s)
	}
	texts = append(texts, sampleTexts(t)...)
	texts = append(texts, rxscan.Splices(benchAd, 200, 11)...)
	for _, s := range texts {
		if err := samePhrases(s, true); err != nil {
			t.Error(err)
		}
	}
}

// TestPhrasesSameOnEMSCAD compares the matchers on every EMSCAD advert, on
// the whole text, the windows and each sentence's start.
func TestPhrasesSameOnEMSCAD(t *testing.T) {
	for _, l := range emscadListings(t) {
		if err := samePhrases(l.d.Src, false); err != nil {
			t.Error(err)
		}
	}
}

// TestExtractSameAsRef compares Extract with Extract on the reference
// expressions on the samples, the hard cases and every EMSCAD advert.
func TestExtractSameAsRef(t *testing.T) {
	type input struct {
		d *textnorm.Doc
		c contacts.Facts
	}
	var in []input
	for _, s := range phraseTexts {
		d := textnorm.New(s)
		in = append(in, input{d, contacts.Extract(d, "")})
	}
	for _, s := range sampleTexts(t) {
		d := textnorm.New(s)
		in = append(in, input{d, contacts.Extract(d, "")})
	}
	for _, i := range in {
		sameExtract(t, i.d, i.c)
	}
}

// TestExtractSameAsRefEMSCAD is TestExtractSameAsRef on every EMSCAD advert.
func TestExtractSameAsRefEMSCAD(t *testing.T) {
	for _, l := range emscadListings(t) {
		sameExtract(t, l.d, l.c)
	}
}

func sameExtract(t *testing.T, d *textnorm.Doc, c contacts.Facts) {
	t.Helper()
	for _, company := range []string{"", "Acme"} {
		got, want := Extract(d, company, c, nil), extractRef(d, company, c)
		if g, w := dumpFacts(got), dumpFacts(want); g != w {
			t.Errorf("on %.80q…:\nwords  %s\nregexp %s", d.Src, g, w)
		}
	}
}

func dumpFacts(f Facts) string {
	name, form := f.NameSpan, f.LegalFormSpan
	f.NameSpan, f.LegalFormSpan, f.InRegistry = nil, nil, nil
	s := fmt.Sprintf("%+v", f)
	if name != nil {
		s += fmt.Sprint(" name ", *name)
	}
	if form != nil {
		s += fmt.Sprint(" form ", *form)
	}
	return s
}

func FuzzPhrases(f *testing.F) {
	for _, s := range phraseTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := samePhrases(s, true); err != nil {
			t.Fatal(err)
		}
	})
}
