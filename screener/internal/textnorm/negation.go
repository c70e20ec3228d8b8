package textnorm

import "strings"

// PreNegators are the words that deny what follows them within a few words
// ("no registration fee", "we never ask", "bina interview"), in English,
// Roman Urdu and Urdu script. The rule engine and the fact extractors build
// their own lookups (stems or keys) from this one list.
var PreNegators = []string{"no", "not", "never", "without", "don't", "dont", "doesn't", "won't",
	"cannot", "can't", "nor", "neither", "zero", "mat", "na", "نہ", "مت", "بغیر", "bina", "baghair"}

// PostNegators deny what comes just before them: Roman Urdu and Urdu put
// the negation after the noun ("fees nahi hai").
var PostNegators = []string{"nahi", "nahin", "nai", "nhi", "نہیں", "نہی"}

// WarningWords mark a sentence as a warning about scams: what it names
// (a fee, a chat app, a licence) is what to avoid, not what is asked.
var WarningWords = []string{"beware", "scam", "scams", "scammer", "scammers", "fraud", "fraudulent", "fraudster",
	"fraudsters", "fake", "caution", "cautious", "warning", "alert", "impersonate", "impersonating",
	"dhoka", "dhokay", "dhokhe", "jaali", "jali", "فراڈ", "جعلی", "دھوکہ", "ہوشیار", "savdhan", "sawdhan"}

// SameClause reports whether tokens a and b (a < b) are in one sentence with
// no comma, semicolon, colon, bracket, slash, plus or ampersand between
// them: the reach of a negation ("no degree needed, registration fee 500"
// denies the degree only).
func (d *Doc) SameClause(a, b int) bool {
	if a < 0 || b >= len(d.Tokens) || a >= b || d.Tokens[a].Sentence != d.Tokens[b].Sentence {
		return false
	}
	return !strings.ContainsAny(d.Folded[d.Tokens[a].End:d.Tokens[b].Start], ",;:()[]/+&")
}
