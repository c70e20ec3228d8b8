package contacts

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

var (
	// appRe names chat apps that are unambiguous words. Group 1..4 says which.
	appRe = rxscan.MustCompile(`(whats\s?app|watsapp|whatsap|wattsapp|واٹس\s?ایپ|وٹس\s?ایپ|واٹس\s?اپ)|(telegram|ٹیلی\s?گرام)|(viber)|\b(signal|imo)\b`)
	// ambiguousCtx must surround "signal" and "imo", which are also words.
	ambiguousBefore = rxscan.MustCompile(`\b(?:on|via|at|par|pe|per|through|thru)\s+$`)
	ambiguousAfter  = rxscan.MustCompile(`^\s*(?:app|par|pe|number|no\b|id|account|only|:)`)
	onlyBefore      = rxscan.MustCompile(`(?:only|sirf|srf|just|faqat|صرف|فقط)\s+(?:on\s+|via\s+|through\s+|by\s+)?$`)
	onlyAfter       = rxscan.MustCompile(`^\s*(?:only|(?:par|pe|per)\s+(?:hi|he)\b|number\s+only|msg\s+only|message\s+only|پر\s+ہی)`)
	// A sentence with any of these is a warning about chat-app recruiters,
	// not an invitation to use one.
	warnRe = rxscan.MustCompile(`beware|fake|fraud|scam|impersonat|hoshiyar|dhoka|dhoke|جعلی|دھوکہ|دھوکے|ہوشیار`)
	// A negator earlier in the same clause: "we never recruit via WhatsApp".
	negRe = rxscan.MustCompile(`\b(?:never|not|don't|dont|nahi|nahin)\b|نہیں|\bno\s+$`)
)

var appNames = []string{"", "whatsapp", "telegram", "viber", ""}

// Messaging finds chat apps named as the contact channel, skipping mentions
// inside scam warnings and negated clauses.
func Messaging(d *textnorm.Doc) []Finding {
	s := d.Folded
	var out []Finding
	for _, m := range appRe.FindAllStringSubmatchIndex(s, -1) {
		kind := appKind(s, m)
		if kind == "" || warnedOrNegated(d, m[0]) {
			continue
		}
		sp := textnorm.Span{Start: m[0], End: m[1]}
		if onlyBefore.MatchString(s[max(0, m[0]-24):m[0]]) || onlyAfter.MatchString(s[m[1]:min(len(s), m[1]+24)]) {
			kind += "-only"
		}
		out = append(out, Finding{Span: sp, Kind: kind})
	}
	return out
}

func appKind(s string, m []int) string {
	for g := 1; g <= 3; g++ {
		if m[2*g] >= 0 {
			return appNames[g]
		}
	}
	before := s[max(0, m[0]-16):m[0]]
	after := s[m[1]:min(len(s), m[1]+16)]
	if ambiguousBefore.MatchString(before) || ambiguousAfter.MatchString(after) {
		return s[m[8]:m[9]]
	}
	return ""
}

// warnedOrNegated reports whether the sentence around off warns about scams
// or the clause before off is negated.
func warnedOrNegated(d *textnorm.Doc, off int) bool {
	if len(d.Sentences) == 0 {
		return false
	}
	sent := d.Sentences[d.SentenceOf(off)]
	start, end := max(0, sent.Start), min(len(d.Folded), sent.End)
	if start > off || end < off {
		return false
	}
	if warnRe.MatchString(d.Folded[start:end]) {
		return true
	}
	// Only the last few words count, so "no degree needed, apply on
	// WhatsApp" keeps its WhatsApp mention.
	clause := d.Folded[max(start, off-40):off]
	if i := strings.LastIndexAny(clause, ",;"); i >= 0 {
		clause = clause[i+1:]
	}
	return negRe.MatchString(clause)
}
