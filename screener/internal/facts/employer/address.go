package employer

import (
	"regexp"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"

	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

var (
	// partRe finds the pieces an office address is built from, as whole
	// words: a "roadmap" or "team-building" is no address.
	partRe = rxscan.MustCompile(`\b(?:(?:street|road|plaza|building|bldg|tower|avenue|boulevard|blvd|arcade)s?\b|st\.|rd\.|office\s*(?:no\b\.?|#)?\s*\d+|flat\s*(?:no\b\.?|#)?\s*\d+|` +
		`block\s+[a-z0-9]{1,3}\b|sector\s+[a-z]?-?\d+|suite\s*#?\s*\d+|ave\.|` +
		`phase\s+[0-9ivx]+|trade\s+cent(?:er|re)|business\s+(?:bay|park|cent(?:er|re))|` +
		`(?:1st|2nd|3rd|\d+th|ground|first|second|third)\s+floor|sangkat\s+(?:\d+|[a-z]+)\b|` +
		`plot\s*(?:no\b\.?|#)?\s*[a-z]?-?\d+[a-z]?\b|shop\s*(?:(?:no\b\.?|#)\s*\d+|\d+\s*,)|house\s*(?:no\b\.?|#)\s*\d+|lane\s+\d+\b|` +
		`\d{1,4}-[a-z]\s+commercial\b|industrial\s+(?:area|estate|zone)|gidc\b)`)
	// weakPartRe matches the parts that name an area rather than a door
	// ("Mussafah Industrial Area", "GIDC", "88-C Commercial"): they make an
	// address with another part, not with a city alone, since "jobs in the
	// industrial area, Lahore" cannot be looked up.
	weakPartRe = regexp.MustCompile(`(?:commercial|industrial\s+(?:area|estate|zone)|gidc)$`)
	usStreetRe = rxscan.MustCompile(`\b\d{1,5}\s+(?:[a-z]+\s+){1,3}(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|pkwy|ct)\b\.?`)
	landmarkRe = rxscan.MustCompile(`\b(?:near|opposite|opp\.|behind|next\s+to|beside|adjacent\s+to)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,3}` +
		`(?:chowk|stop|hospital|masjid|mosque|market|bazar|bazaar|mall|bank|school|college|petrol\s+pump|metro|station|park|stadium|university|hotel)\b` +
		`|\b[a-z0-9'-]+\s+(?:chowk|stop|masjid)\s+(?:ke\s+)?(?:paas|pass|qareeb|samne|saamne)\b` +
		`|\b(?:above|below|upstairs\s+from|over)\s+(?:the\s+|a\s+)?(?:[a-z0-9'-]+\s+){0,2}(?:bakery|bakers|shop|store|pharmacy|restaurant|showroom|clinic|hotel)\b`)
)

// cityWords are the cities an office address line may end with; a value
// other than "" is the second word of a two-word name ("new" → "delhi").
// They are looked up word by word: a regular expression of them over each
// line around an address part cost several percent of a whole batch.
var cityWords = func() map[string][]string {
	m := map[string][]string{}
	for _, c := range strings.Split(`lahore|karachi|islamabad|rawalpindi|faisalabad|multan|peshawar|quetta|sialkot|gujranwala|hyderabad|`+
		`mumbai|new delhi|delhi|noida|gurgaon|gurugram|bangalore|bengaluru|chennai|pune|kolkata|ahmedabad|`+
		`dubai|abu dhabi|sharjah|ajman|doha|riyadh|jeddah|dammam|muscat|manama|kuwait city|`+
		`manila|makati|quezon city|taguig|pasig|cebu|davao|new york|chicago|houston|dallas|austin|los angeles|`+
		`san francisco|seattle|boston|atlanta|miami|london|toronto|phnom penh|siem reap|sihanoukville`, "|") {
		first, second, _ := strings.Cut(c, " ")
		m[first] = append(m[first], second)
	}
	return m
}()

// cityIn returns the end of the first city named in s[lo:hi], or -1.
func cityIn(d *textnorm.Doc, lo, hi int) int {
	for i := d.TokenAt(lo); i < len(d.Tokens) && d.Tokens[i].End <= hi; i++ {
		if d.Tokens[i].Start < lo {
			continue
		}
		for _, second := range cityWords[d.Tokens[i].Text] {
			if second == "" {
				return d.Tokens[i].End
			}
			if j := i + 1; j < len(d.Tokens) && d.Tokens[j].Text == second && d.Tokens[j].End <= hi &&
				blank(d.Folded[d.Tokens[i].End:d.Tokens[j].Start]) {
				return d.Tokens[j].End
			}
		}
	}
	return -1
}

func blank(s string) bool { return s != "" && strings.Trim(s, " \t") == "" }

// addresses returns address findings, or landmark findings when the text
// gives no address. An address is a strong part ("Plaza", "Office 12",
// "Suite 200", "2nd Floor") with a city or a second part on the same line,
// or a US street line such as "123 Main St". A line that finds its place by
// a landmark and names no part but a floor ("near Kalma Chowk, above the
// bakery, 2nd floor, Lahore") is no address: nobody can look it up.
func addresses(x *scan) (addr, landmarks []Finding) {
	s := x.d.Folded
	var parts, marks [][]int
	if x.has(cuePart) {
		parts = x.findAll(partRe, x.tightWindowsOf(cuePart))
	}
	if x.has(cueLandmark) {
		marks = x.findAll(landmarkRe, x.tightWindowsOf(cueLandmark))
	}
	for i := 0; i < len(parts); {
		p := parts[i]
		lo, hi := lineAround(s, p[0])
		j := i + 1
		for j < len(parts) && parts[j][0] < hi {
			j++
		}
		city := cityIn(x.d, lo, hi)
		if (j-i >= 2 || city >= 0 && !weakPart(s, p)) && !(onlyFloors(s, parts[i:j]) && within(marks, lo, hi)) {
			end := max(parts[j-1][1], city)
			addr = append(addr, Finding{Span: textnorm.Span{Start: p[0], End: end}, Kind: "office"})
		}
		i = j
	}
	if x.has(cueStreet) {
		for _, m := range x.findAll(usStreetRe, x.windows(cueStreet|cueNum, func(c cue) bool { return c&cueStreet != 0 && c&cueNum != 0 })) {
			addr = append(addr, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: "street"})
		}
	}
	if len(addr) > 0 {
		return dedupe(addr), nil
	}
	for _, m := range marks {
		landmarks = append(landmarks, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: "landmark"})
	}
	return nil, landmarks
}

// corporateMail reports whether an e-mail address is on a domain of its own
// (not free-mail): a way to find the employer besides an address.
func corporateMail(c contacts.Facts) bool {
	for _, e := range c.Emails {
		if !e.FreeMail && e.Domain != "" {
			return true
		}
	}
	return false
}

// remoteWords say the work is not done at an office, so an address is not
// owed: "work from home", "remote", "online job", "ghar baithe".
var remoteWords = wordSet(`remote remotely home online anywhere wfh telecommute telecommuting ghar baithe`)

// unlocated returns the cities an advert for office work names when it
// names no more than that; nil when it says the work is remote or names no
// city at all.
func unlocated(x *scan) []Finding {
	var out []Finding
	d := x.d
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i].Text
		if remoteWords[t] {
			return nil
		}
		for _, second := range cityWords[t] {
			if second == "" {
				out = append(out, Finding{Span: textnorm.Span{Start: d.Tokens[i].Start, End: d.Tokens[i].End}, Kind: "city"})
				break
			}
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Text == second {
				out = append(out, Finding{Span: textnorm.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+1].End}, Kind: "city"})
				i++
				break
			}
		}
	}
	return out
}

// weakPart reports whether an address part names an area, not a door.
func weakPart(s string, p []int) bool { return weakPartRe.MatchString(s[p[0]:p[1]]) }

// onlyFloors reports whether every address part is a floor ("2nd floor").
func onlyFloors(s string, parts [][]int) bool {
	for _, p := range parts {
		if !strings.HasSuffix(s[p[0]:p[1]], "floor") {
			return false
		}
	}
	return true
}

// within reports whether a match starts in s[lo:hi].
func within(ms [][]int, lo, hi int) bool {
	for _, m := range ms {
		if lo <= m[0] && m[0] < hi {
			return true
		}
	}
	return false
}

// lineAround returns the line holding off, clipped to 160 bytes each side so
// a text without newlines does not make every part see every city.
func lineAround(s string, off int) (int, int) {
	lo, hi := max(0, off-160), min(len(s), off+160)
	if i := strings.LastIndexByte(s[lo:off], '\n'); i >= 0 {
		lo += i + 1
	}
	if i := strings.IndexByte(s[off:hi], '\n'); i >= 0 {
		hi = off + i
	}
	return lo, hi
}
