package education

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// units maps duration words to years.
var units = map[string]float64{
	"year": 1, "years": 1, "yr": 1, "yrs": 1, "y": 1, "saal": 1, "sal": 1, "سال": 1,
	"month": 1.0 / 12, "months": 1.0 / 12, "mos": 1.0 / 12, "mahine": 1.0 / 12,
	"mahiney": 1.0 / 12, "maheene": 1.0 / 12, "ماہ": 1.0 / 12, "مہینے": 1.0 / 12,
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "eighteen": 18,
	"twenty": 20, "twentyfour": 24, "ek": 1, "do": 2, "teen": 3, "char": 4, "panch": 5,
}

var numberWordIDs = func() lex.Words {
	var ws []string
	for w := range numberWords {
		ws = append(ws, w)
	}
	return lex.WordsOf(textnorm.Intern(ws...))
}()

var expCues = map[string]bool{
	"experience": true, "experienced": true, "exp": true, "expirience": true, "experiance": true,
	"tajurba": true, "tajruba": true, "tajarba": true, "tajurbah": true, "تجربہ": true, "تجربے": true,
}

// ageCues before a number mean the duration is an age: "age 18-30 years".
var ageCues = map[string]bool{"age": true, "aged": true, "umar": true, "umer": true, "عمر": true}

// ownCues before a number mean the firm is boasting of its own history.
var ownCues = map[string]bool{"we": true, "our": true, "since": true, "established": true, "company": true}

// duration is a span of years read from the text, like "2-3 years".
type duration struct {
	lo, hi     float64 // hi < 0: open upwards ("5+", "minimum 5")
	start, end int     // token indexes [start, end)
}

// experience finds the durations that the text ties to experience.
func (s *scan) experience() {
	minY, maxY, seen := 0.0, 0.0, false
	for i := 0; i < len(s.keys); i++ {
		du, ok := s.duration(i)
		if !ok {
			continue
		}
		i = du.end - 1
		if !s.aboutExperience(du) {
			continue
		}
		if !seen || du.lo < minY {
			minY = du.lo
		}
		if du.hi > maxY {
			maxY = du.hi
		}
		seen = true
		s.add(s.span(du.start, du.end), "experience", 0)
	}
	s.f.MinYears, s.f.MaxYears = minY, maxY
}

// duration reads "N unit", "N-M unit", "N to M unit" or "N+ unit" at i.
func (s *scan) duration(i int) (duration, bool) {
	lo, ok := s.number(i)
	if !ok {
		return duration{}, false
	}
	du := duration{lo: lo, hi: lo, start: i}
	j := i + 1
	if j < len(s.keys) && strings.HasPrefix(lex.Between(s.d, i, j), "+") {
		du.hi = -1
	} else if hi, next, ok := s.rangeEnd(i); ok {
		du.hi, j = hi, next
	}
	if j >= len(s.keys) || s.d.Tokens[j].Sentence != s.d.Tokens[i].Sentence {
		return duration{}, false
	}
	u, ok := units[s.keys[j]]
	if !ok {
		return duration{}, false
	}
	du.lo *= u
	if du.hi > 0 {
		du.hi *= u
	}
	du.end = j + 1
	s.bound(&du)
	return du, true
}

// rangeEnd reads the upper end of "2-3" or "2 to 3" after the number at i.
func (s *scan) rangeEnd(i int) (float64, int, bool) {
	if i+1 < len(s.keys) {
		if sep := lex.Between(s.d, i, i+1); sep == "-" || sep == "–" || sep == "—" || sep == "~" {
			if hi, ok := s.number(i + 1); ok {
				return hi, i + 2, true
			}
		}
	}
	if i+2 < len(s.keys) && (s.keys[i+1] == "to" || s.keys[i+1] == "se" || s.keys[i+1] == "till") {
		if hi, ok := s.number(i + 2); ok {
			return hi, i + 3, true
		}
	}
	return 0, 0, false
}

// bound applies "minimum"/"at least" (open upwards) and "up to"/"maximum"
// (from zero) written just before the duration.
func (s *scan) bound(du *duration) {
	prev := func(k int) string {
		if k < 0 {
			return ""
		}
		return s.keys[k]
	}
	p1, p2 := prev(du.start-1), prev(du.start-2)
	switch {
	case p1 == "minimum" || p1 == "min" || p1 == "atleast" || p1 == "least" && p2 == "at" || p1 == "kam" && p2 == "kam":
		du.hi = -1
	case p1 == "upto" || p1 == "maximum" || p1 == "max" || p1 == "to" && p2 == "up":
		du.lo = 0
	}
	if du.hi < 0 {
		du.hi = 0
	}
}

// aboutExperience decides whether a duration is experience asked of the
// candidate, not an age, a contract term or the firm's own history.
func (s *scan) aboutExperience(du duration) bool {
	sent := s.d.Tokens[du.start].Sentence
	in := func(k int) bool { return k >= 0 && k < len(s.keys) && s.d.Tokens[k].Sentence == sent }
	for k := du.start - 3; k < du.start; k++ {
		if in(k) && (ageCues[s.keys[k]] || ownCues[s.keys[k]]) {
			return false
		}
	}
	if in(du.end) && (s.keys[du.end] == "old" || s.keys[du.end] == "age") {
		return false
	}
	for k := du.start - 4; k < du.end+4; k++ {
		if in(k) && expCues[s.keys[k]] {
			return true
		}
	}
	return false
}

// number reads token i as a number: digits (Western, Arabic-Indic or
// Persian), a decimal like "2.5", or a small number word.
func (s *scan) number(i int) (float64, bool) {
	t := s.d.Tokens[i]
	if !t.Number {
		if !numberWordIDs.Has(t.ID) {
			return 0, false // most words: a bit test instead of a map lookup
		}
		v, ok := numberWords[s.keys[i]]
		return v, ok
	}
	if v, ok := asciiInt(t.Text); ok { // what ParseFloat makes of plain digits, without allocating
		if v > 60 {
			return 0, false
		}
		return float64(v), true
	}
	var b strings.Builder
	for _, r := range t.Text {
		switch {
		case r == '.':
			b.WriteByte('.')
		case unicode.IsDigit(r):
			b.WriteByte(byte('0' + digitValue(r)))
		default:
			return 0, false // "12th", "1,00,000" are not durations
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || v > 60 {
		return 0, false
	}
	return v, true
}

// asciiInt reads w as a run of at most 15 ASCII digits, whose value a
// float64 holds exactly; ok is false for anything else.
func asciiInt(w string) (int64, bool) {
	if len(w) == 0 || len(w) > 15 {
		return 0, false
	}
	var v int64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	return v, true
}

// digitValue returns the value of a decimal digit in any script.
func digitValue(r rune) int {
	for _, zero := range []rune{'0', '٠', '۰', '०', '০'} {
		if r >= zero && r <= zero+9 {
			return int(r - zero)
		}
	}
	return 0
}
