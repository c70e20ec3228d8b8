package education

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// maxTitleTokens bounds the first line that is read as a title: an advert
// pasted as one paragraph has no title line, and a rank word anywhere in it
// says nothing about the post.
const maxTitleTokens = 20

// Words around a rank or a licence that decide whether it counts.
var (
	// juniorWords in a title make its rank someone else's: "Assistant to
	// the Director", "PA to CEO", "Junior Lead Developer", "Intern - Lead
	// Generation".
	juniorWords = lex.NewWords("assistant assistants asst intern interns internship trainee trainees junior jr " +
		"apprentice apprentices apprenticeship entry secretary pa aide student students fresher freshers")
	// notRankBefore: "Be Your Own CEO", "Report to the Director".
	notRankBefore = lex.NewWords("own your our to with under")
	// notRankAfter: senior care and senior high school are not ranks, nor
	// are lead generation, head office or a headhunter.
	notRankAfter = lex.NewWords("citizen citizens care caregiver caregivers carer carers living home homes center " +
		"centre centers centres community communities services service companion companions residents people " +
		"adults high secondary school generation gen generator generators generating office offices quarters " +
		"hunter hunters hunting count")
	preNeg = lex.NewWords(strings.Join(textnorm.PreNegators, " "))
	// negStop ends a negation's reach: "no accidents and a Class A CDL".
	negStop = lex.NewWords("and with plus aur")
	postNeg = lex.NewWords(strings.Join(textnorm.PostNegators, " ") + " not optional unnecessary")
	// warnWords mark a sentence as a warning about scams; a licence or rank
	// there is what fraudsters claim, not what the post asks.
	warnWords = lex.NewWords(strings.Join(textnorm.WarningWords, " "))

	// Around a licence: the employer gets it for you ("we will help you get
	// your CDL", "get your CDL in 3 weeks", "we pay for your RN licence"),
	// or the advert is about studying for it ("CDL training", "ACCA
	// students", "CPA studies"), or about something else ("CPA marketing
	// offers", "an outside CPA firm", "non-CDL").
	getWords      = lex.NewWords("get gets getting obtain obtaining earn earning acquire acquiring sponsor sponsors sponsoring")
	helpWords     = lex.NewWords("help helps helping assist assists")
	payWords      = lex.NewWords("pay pays paid reimburse reimburses reimbursed cover covers")
	ownFiller     = lex.NewWords("your you a an the their valid own one it")
	helpObject    = lex.NewWords("you u them candidates applicants drivers nurses everyone to")
	determiners   = lex.NewWords("your a an the their")
	licenceObject = lex.NewWords("one it yours license licence licensed licenced licenses licences licensure " +
		"registration registered certification certified cdl cdls rn")
	forWord     = lex.NewWords("for")
	nonWord     = lex.NewWords("non")
	notLicAfter = lex.NewWords("training trainings train school schools course courses classes program programs " +
		"programme programmes student students trainee trainees permit permits finalist finalists affiliate affiliates " +
		"review reviewer coaching tutor tutors tuition preparation prep sponsorship processing assistance marketing " +
		"network networks offer offers office offices firm firms practice studies study candidate candidates")
	// roleAskBefore: "must be a registered nurse", "hiring licensed
	// pharmacists"; "as" only before "a" or "an" ("as a licensed
	// attorney", not "as well as attorneys").
	roleAskBefore = lex.NewWords("be are hiring hire seeking seek seeks need needs wanted")
	asWord        = lex.NewWords("as")
	anWords       = lex.NewWords("a an")
	roleAskAfter  = lex.NewWords("required needed wanted only must reqd")
)

// findTitle marks the advert's first line as its title, unless it is a
// field of a composed listing ("Company: …") or too long to be a title.
func (s *scan) findTitle() {
	s.titleEnd = -1
	f := s.d.Folded
	start := len(f) - len(strings.TrimLeft(f, " \t\r\n"))
	end := strings.IndexByte(f[start:], '\n')
	if end < 0 {
		end = len(f)
	} else {
		end += start
	}
	if label, _, ok := strings.Cut(f[start:end], ":"); ok && fieldLabels[strings.TrimSpace(label)] {
		return
	}
	n := 0
	for n < len(s.d.Tokens) && s.d.Tokens[n].Start < end {
		n++
	}
	if n == 0 || n > maxTitleTokens {
		return
	}
	s.titleEnd = end
	for _, t := range s.d.Tokens[:n] {
		if juniorWords.Has(t.ID) {
			s.juniorTitle = true
		}
	}
}

// fieldLabels are the labels of the fields a composed listing puts before
// its text (screener.Listing); such a first line is no title.
var fieldLabels = map[string]bool{"company": true, "location": true, "salary": true,
	"employment type": true, "education": true, "experience": true}

func (s *scan) inTitle(i int) bool { return s.titleEnd >= 0 && s.d.Tokens[i].End <= s.titleEnd }

// rank judges a senior rank word at [i, end).
func (s *scan) rank(i, end int) bool {
	if !s.inTitle(i) || s.juniorTitle || s.denied(i, end) {
		return false
	}
	return !(i > 0 && notRankBefore.Has(s.d.Tokens[i-1].ID)) &&
		!(end < len(s.d.Tokens) && s.d.Tokens[end].Sentence == s.d.Tokens[i].Sentence && notRankAfter.Has(s.d.Tokens[end].ID))
}

// rankField reports whether [i, end) is a whole line "Experience:
// Director" or "Seniority level: Executive": the board's own field, as a
// composed listing writes it, not the word in a sentence.
func (s *scan) rankField(i, end int) bool {
	f, toks := s.d.Folded, s.d.Tokens
	lineStart := strings.LastIndexByte(f[:toks[i].Start], '\n') + 1
	if strings.TrimSpace(f[lineStart:toks[i].Start]) != "" {
		return false
	}
	rest := f[toks[end-1].End:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if strings.Trim(rest, " \t\r.") != "" {
		return false
	}
	return strings.Contains(lex.Between(s.d, end-2, end-1), ":") && !s.denied(i, end)
}

// licence judges a licence at [i, end): it counts when the advert asks for
// it, not when it is denied, warned about, only preferred, offered by the
// employer or studied for.
func (s *scan) licence(i, end int) bool {
	return !s.denied(i, end) && !s.preferred(i, end) && !s.offered(i, end)
}

// licensedRole judges a licensed profession at [i, end): the post itself
// in the title, else only when the advert asks it of the candidate ("must
// be a registered nurse", "licensed pharmacist required").
func (s *scan) licensedRole(i, end int) bool {
	if !s.inTitle(i) {
		asked := false
		toks := s.d.Tokens
		for k := i - 1; k >= 0 && k >= i-3 && s.d.SameClause(k, i); k-- {
			asked = asked || roleAskBefore.Has(toks[k].ID) || asWord.Has(toks[k].ID) && anWords.Has(toks[k+1].ID)
		}
		for k := end; k < len(s.d.Tokens) && k < end+2 && s.d.SameClause(end-1, k); k++ {
			asked = asked || roleAskAfter.Has(s.d.Tokens[k].ID)
		}
		if !asked {
			return false
		}
	}
	return s.licence(i, end)
}

// denied reports whether the hit at [i, end) is negated ("no CDL needed",
// "CPA not required", "PEC registration zaroori nahi") or sits in a
// sentence warning about scams.
func (s *scan) denied(i, end int) bool {
	toks := s.d.Tokens
	lo, hi := s.sentenceWindow(i)
	for k := lo; k < hi; k++ {
		if warnWords.Has(toks[k].ID) {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-4 && s.d.SameClause(k, k+1) && !negStop.Has(toks[k].ID); k-- {
		if preNeg.Has(toks[k].ID) {
			return true
		}
	}
	for k := end; k < len(toks) && k < end+3 && s.d.SameClause(k-1, k); k++ {
		if postNeg.Has(toks[k].ID) {
			return true
		}
	}
	return false
}

// offered reports whether the employer gets the licence at [i, end) for
// the candidate, or the advert is about studying for it: "we will help you
// get your CDL", "we pay for your licence", "CDL training provided", "ACCA
// students", "non-CDL". A help offer in the next sentence counts too:
// "Don't have your CDL yet? We will help you get one."
func (s *scan) offered(i, end int) bool {
	toks := s.d.Tokens
	if end < len(toks) && toks[end].Sentence == toks[i].Sentence && notLicAfter.Has(toks[end].ID) {
		return true
	}
	k := i - 1
	for k >= 0 && k >= i-3 && s.d.SameClause(k, i) && ownFiller.Has(toks[k].ID) {
		k--
	}
	if k >= 0 && s.d.SameClause(k, i) {
		id := toks[k].ID
		if getWords.Has(id) || nonWord.Has(id) || helpWords.Has(id) ||
			forWord.Has(id) && k > 0 && payWords.Has(toks[k-1].ID) {
			return true
		}
	}
	return s.helpNear(i)
}

// helpNear reports whether "help you get one" (or "assist candidates to
// obtain the licence") is said in the sentence of token i or the one after
// it. What is got must be a licence or stand for one: "we help you get
// home every weekend" in a trucking advert offers no CDL.
func (s *scan) helpNear(i int) bool {
	toks := s.d.Tokens
	sent := toks[i].Sentence
	lo, _ := s.sentenceWindow(i)
	help := -1
	for k := lo; k < len(toks) && k < lo+2*window && toks[k].Sentence <= sent+1; k++ {
		switch id := toks[k].ID; {
		case helpWords.Has(id):
			help = k
		case getWords.Has(id) && help >= 0 && toks[help].Sentence == toks[k].Sentence:
			if s.getsLicence(k + 1) {
				return true
			}
			help = -1
		case !helpObject.Has(id):
			help = -1
		}
	}
	return false
}

// getsLicence reports whether the words from token k, past a determiner,
// name a licence or stand for one: "one", "it", "your CDL", "a license".
func (s *scan) getsLicence(k int) bool {
	toks := s.d.Tokens
	for n := 0; k < len(toks) && n < 2 && determiners.Has(toks[k].ID); n++ {
		k++
	}
	return k < len(toks) && licenceObject.Has(toks[k].ID)
}

// window bounds, in tokens, how far the sentence around a hit is read, so
// that run-on text with no full stop stays linear.
const window = 40

// sentenceWindow returns the token range [lo, hi) of the sentence around
// token i, cut to window tokens on each side.
func (s *scan) sentenceWindow(i int) (lo, hi int) { return s.d.SentenceTokens(i, window) }
