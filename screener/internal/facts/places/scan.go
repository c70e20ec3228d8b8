package places

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// scanSignals finds relocation promises, passport requests, visit-visa
// talk, age limits and licences.
func (c *ctx) scanSignals(f *Facts) {
	for i := 0; i < len(c.keys); {
		ph, end := signalSet.Longest(c.d, i)
		switch {
		case ph != nil:
			i = c.record(f, ph, i, end)
		case ageWords.Has(c.d.Tokens[i].ID):
			if e := c.numbersAfter(i+1, 3); e > 0 {
				f.AgeLimit = append(f.AgeLimit, c.finding(i, e, "age"))
				i = e
				continue
			}
			i++
		case c.raNumber(i):
			f.LicensedOEP = append(f.LicensedOEP, c.finding(i, c.codeEnd(i+1), "in-ra-licence"))
			i = c.codeEnd(i + 1)
		default:
			i++
		}
	}
}

func (c *ctx) finding(i, end int, kind string) Finding {
	return Finding{Span: textnorm.Span{Start: c.d.Tokens[i].Start, End: c.d.Tokens[end-1].End}, Kind: kind}
}

// record files a matched phrase; age limits and licences take in the
// numbers that follow them ("age limit 18-30", "licence no. 1234/RWP").
// It returns where scanning resumes.
func (c *ctx) record(f *Facts, ph *phrase, i, end int) int {
	switch ph.Tag.group {
	case gPromise:
		f.Promises = append(f.Promises, c.finding(i, end, ph.Tag.kind))
	case gPassport:
		f.PassportAsk = append(f.PassportAsk, c.finding(i, end, ph.Tag.kind))
	case gVisit:
		if !c.negated(i, end) {
			f.VisitVisa = append(f.VisitVisa, c.finding(i, end, ph.Tag.kind))
		}
	case gAge:
		if e := c.numbersAfter(end, 3); e > 0 {
			end = e
		}
		f.AgeLimit = append(f.AgeLimit, c.finding(i, end, ph.Tag.kind))
	case gLicence:
		end = c.codeEnd(end)
		f.LicensedOEP = append(f.LicensedOEP, c.finding(i, end, ph.Tag.kind))
	}
	return end
}

// negated reports a denial of the phrase at tokens [i, end) in its clause:
// a negation up to six words before it ("we do not send anyone on a visit
// visa") or "nahi" up to four words after it ("visit visa par koi banda
// nahi bhejte"). The clause ends where Doc.SameClause says: "No fee, visit
// visa now" denies the fee, not the visa.
func (c *ctx) negated(i, end int) bool {
	for k := i - 1; k >= i-6 && c.d.SameClause(k, k+1); k-- {
		if negWords[c.key(k, i)] {
			return true
		}
	}
	for k := end; k < end+4 && c.d.SameClause(k-1, k); k++ {
		if postNegWords[c.key(k, end-1)] {
			return true
		}
	}
	return false
}

// numbersAfter looks up to within tokens past from for an age-like number
// and returns the end of it, with the upper end of "18-30" or "20 se 35";
// -1 when there is none. "Age no bar" thus yields nothing.
func (c *ctx) numbersAfter(from, within int) int {
	for k := from; k < from+within && k < len(c.keys); k++ {
		if c.d.Tokens[k].Sentence != c.d.Tokens[from-1].Sentence {
			return -1
		}
		if !c.d.Tokens[k].Number {
			continue
		}
		if k+1 < len(c.keys) && c.d.Tokens[k+1].Number && c.d.Tokens[k+1].Sentence == c.d.Tokens[k].Sentence {
			return k + 2
		}
		if k+2 < len(c.keys) && c.d.Tokens[k+2].Number && (c.keys[k+1] == "to" || c.keys[k+1] == "se") {
			return k + 3
		}
		return k + 1
	}
	return -1
}

// codeEnd extends a licence phrase over the licence number after it:
// "No. 1234/RWP", "B-0123/DEL/PER/1000+/5/8765/2020".
func (c *ctx) codeEnd(end int) int {
	for n := 0; n < 12 && end < len(c.keys) && c.d.Tokens[end].Sentence == c.d.Tokens[end-1].Sentence; n++ {
		gap := lex.Between(c.d, end-1, end)
		if c.raNumber(end) {
			gap = "/"
		}
		if !c.d.Tokens[end].Number && !containsAny(gap, "/-") {
			break
		}
		if len(gap) > 3 {
			break
		}
		end++
	}
	return end
}

// raNumber spots an Indian recruiting-agent licence number without its
// label: "B-0123/DEL/...".
func (c *ctx) raNumber(i int) bool {
	return c.keys[i] == "b" && i+2 < len(c.keys) && c.d.Tokens[i+1].Number &&
		lex.Between(c.d, i, i+1) == "-" && lex.Between(c.d, i+1, i+2) == "/"
}

func containsAny(s, chars string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(chars); j++ {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}
