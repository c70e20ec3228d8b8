package education

import (
	"sort"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Facts is what an advert says about schooling and experience.
type Facts struct {
	// Required is the lowest level the advert accepts; None when it says no
	// schooling is needed, Unknown when it says nothing.
	Required Level
	// Preferred is the lowest level the advert only wishes for ("bachelor's
	// preferred"); such levels do not set Required.
	Preferred Level
	// NoDegree is set when the advert says outright that no degree,
	// qualification or education is needed, or invites matric/inter holders.
	NoDegree bool
	// Students is set when the advert invites students.
	Students bool
	// NoExperience is set when the advert says no experience is needed.
	NoExperience bool
	// Senior is set when the title names a senior rank ("Senior", "Lead",
	// "Head of", "Director", "VP", "CFO") or the board's experience field
	// says Mid-Senior level, Director or Executive.
	Senior bool
	// Licensed is set when the advert requires a professional licence or
	// registration that itself takes schooling: a nurse's, doctor's,
	// pharmacist's, chartered or certified accountant's, professional
	// engineer's or lawyer's, or a US commercial driver's licence.
	Licensed bool
	// MinYears and MaxYears bound the experience asked for, in years; 0 when
	// not stated (MaxYears stays 0 for open ranges such as "5+ years").
	MinYears, MaxYears float64
	// Evidence lists the phrases behind the facts, in text order.
	Evidence []Finding
}

// Finding is one phrase that supports a fact.
type Finding struct {
	textnorm.Span
	// Kind is "no-degree", "students", "no-experience", "level",
	// "experience", "senior" or "licence".
	Kind string
	// Level is set when Kind is "level".
	Level Level
}

// mention is a level found in the text, kept until the whole text is read
// because "can apply" later in the sentence changes what it means.
type mention struct {
	span      textnorm.Span
	level     Level
	sentence  int
	preferred bool
}

type scan struct {
	d        *textnorm.Doc
	keys     []string
	cues     []bool
	f        Facts
	levels   []mention
	canApply []mention
	// titleEnd is the folded offset where the title line ends, -1 when the
	// advert has none; juniorTitle is set when that title names a junior
	// post ("Assistant to the Director").
	titleEnd    int
	juniorTitle bool
}

// Extract reads the education and experience facts of a listing. It is
// linear in the number of tokens and safe on any input.
func Extract(d *textnorm.Doc) Facts {
	if d == nil {
		return Facts{}
	}
	return ExtractKeys(d, lex.Keys(d))
}

// ExtractKeys is Extract for a caller that already holds lex.Keys(d), so
// the keys of one listing are computed once for every extractor.
func ExtractKeys(d *textnorm.Doc, keys []string) Facts {
	if d == nil {
		return Facts{}
	}
	s := &scan{d: d, keys: keys}
	s.cues = sentenceCues(d)
	s.findTitle()
	for i := 0; i < len(d.Tokens); {
		ph, end := phrases.Longest(d, i)
		if ph == nil {
			i++
			continue
		}
		s.take(ph, i, end)
		i = end
	}
	s.experience()
	s.resolve()
	sort.SliceStable(s.f.Evidence, func(a, b int) bool { return s.f.Evidence[a].Start < s.f.Evidence[b].Start })
	return s.f
}

func (s *scan) span(i, end int) textnorm.Span {
	return textnorm.Span{Start: s.d.Tokens[i].Start, End: s.d.Tokens[end-1].End}
}

func (s *scan) add(sp textnorm.Span, k string, l Level) {
	s.f.Evidence = append(s.f.Evidence, Finding{Span: sp, Kind: k, Level: l})
}

// take records one matched phrase covering tokens [i, end).
func (s *scan) take(ph *phrase, i, end int) {
	sp, sent := s.span(i, end), s.d.Tokens[i].Sentence
	switch ph.Tag.kind {
	case kNoDegree:
		s.f.NoDegree = true
		s.add(sp, "no-degree", 0)
	case kNoExp:
		s.f.NoExperience = true
		s.add(sp, "no-experience", 0)
	case kStudents:
		if end < len(s.keys) && notStudentContext[s.keys[end]] || s.taught(i) ||
			s.bare(i, end) && !s.invited(i, end) {
			return
		}
		s.f.Students = true
		s.add(sp, "students", 0)
	case kRank, kRankLevel, kRankField:
		if ph.Tag.kind == kRank && s.rank(i, end) || ph.Tag.kind == kRankLevel && !s.denied(i, end) ||
			ph.Tag.kind == kRankField && s.rankField(i, end) {
			s.f.Senior = true
			s.add(sp, "senior", 0)
		}
	case kLicence, kLicensedRole:
		if ph.Tag.kind == kLicence && s.licence(i, end) || ph.Tag.kind == kLicensedRole && s.licensedRole(i, end) {
			s.f.Licensed = true
			s.add(sp, "licence", 0)
		}
	case kCanApply:
		s.canApply = append(s.canApply, mention{span: sp, sentence: sent})
	case kWeakLevel, kLevel:
		if ph.Tag.kind == kWeakLevel && !s.cues[sent] || s.measured(i) {
			return
		}
		s.levels = append(s.levels, mention{span: sp, level: ph.Tag.level, sentence: sent, preferred: s.preferred(i, end)})
	}
}

// bare reports whether the student phrase at [i, end) names students
// without saying which ("students", "talba") or says only a year of study
// ("first-year"): such words are as often about a university's own
// students as about the people an advert wants.
func (s *scan) bare(i, end int) bool {
	return end-i == 1 || !studentWords[s.keys[end-1]] && !studyWords[s.keys[i]]
}

// invited reports whether the advert asks the students at [i, end) to apply
// or is meant for them: "students can apply", "students welcome", "for
// students", "students required", "talba ke liye", "talba apply karein".
func (s *scan) invited(i, end int) bool {
	sent := s.d.Tokens[i].Sentence
	key := func(k int) string {
		if k < 0 || k >= len(s.keys) || s.d.Tokens[k].Sentence != sent {
			return ""
		}
		return s.keys[k]
	}
	p1 := key(i - 1)
	if studentFiller[p1] {
		p1 = key(i - 2)
	}
	if forStudents[p1] {
		return true
	}
	n := end
	for n < end+2 && wantedFiller[key(n)] {
		n++ // "students are urgently needed"
	}
	n1, n2 := key(n), key(n+1)
	if wantedAfter[n1] || postLiye[n1] && liye[n2] {
		return true
	}
	for k := end; k < end+8; k++ {
		w := key(k)
		if w == "" {
			break
		}
		if inviteWords[w] || canWords[w] && inviteVerbs[key(k+1)] {
			return true
		}
	}
	return false
}

// taught reports whether a teaching or serving verb comes right before the
// student phrase at i: "to teach first-year students", "serves university
// students". Those students are the firm's customers, not its recruits.
func (s *scan) taught(i int) bool {
	sent := s.d.Tokens[i].Sentence
	for k := i - 1; k >= 0 && k >= i-2 && s.d.Tokens[k].Sentence == sent; k-- {
		if teachWords[s.keys[k]] {
			return true
		}
	}
	return false
}

// measured reports whether token i follows a number, as "degree" does in
// "360-degree feedback" or "90 degrees".
func (s *scan) measured(i int) bool {
	return i > 0 && s.d.Tokens[i-1].Number && s.d.Tokens[i-1].Sentence == s.d.Tokens[i].Sentence &&
		(s.keys[i] == "degree" || s.keys[i] == "degrees")
}

// preferred reports whether the level at [i, end) is only wished for: a
// preference word shortly after it (before any "required"), or "preferably"
// just before it.
func (s *scan) preferred(i, end int) bool {
	sent := s.d.Tokens[i].Sentence
	for k := end; k < len(s.keys) && k < end+6 && s.d.Tokens[k].Sentence == sent; k++ {
		if stopWords[s.keys[k]] {
			return false
		}
		if preferWords[s.keys[k]] || s.keys[k] == "plus" && s.keys[k-1] == "a" {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-3 && s.d.Tokens[k].Sentence == sent; k-- {
		if s.keys[k] == "preferably" || s.keys[k] == "ideally" || s.keys[k] == "preferred" {
			return true
		}
	}
	return false
}

// sentenceCues marks the sentences that talk about schooling.
func sentenceCues(d *textnorm.Doc) []bool {
	cues := make([]bool, len(d.Sentences)+1)
	for _, t := range d.Tokens {
		if cueWords.Has(t.ID) && t.Sentence < len(cues) {
			cues[t.Sentence] = true
		}
	}
	return cues
}
