package employer

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"regexp"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

var (
	// partRe finds the pieces an office address is built from.
	partRe = rxscan.MustCompile(`\b(?:street|st\.|road|rd\.|plaza|office\s*(?:no\b\.?|#)?\s*\d+|flat\s*(?:no\b\.?|#)?\s*\d+|` +
		`block\s+[a-z0-9]{1,3}\b|sector\s+[a-z]?-?\d+|suite\s*#?\s*\d+|building|bldg|tower|avenue|ave\.|boulevard|blvd|` +
		`phase\s+[0-9ivx]+|arcade|trade\s+cent(?:er|re)|business\s+(?:bay|park|cent(?:er|re))|` +
		`(?:1st|2nd|3rd|\d+th|ground|first|second|third)\s+floor)`)
	usStreetRe = rxscan.MustCompile(`\b\d{1,5}\s+(?:[a-z]+\s+){1,3}(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|pkwy|ct)\b\.?`)
	cityRe     = regexp.MustCompile(`\b(?:lahore|karachi|islamabad|rawalpindi|faisalabad|multan|peshawar|quetta|sialkot|gujranwala|hyderabad|` +
		`mumbai|new\s+delhi|delhi|noida|gurgaon|gurugram|bangalore|bengaluru|chennai|pune|kolkata|ahmedabad|` +
		`dubai|abu\s+dhabi|sharjah|ajman|doha|riyadh|jeddah|dammam|muscat|manama|kuwait\s+city|` +
		`manila|makati|quezon\s+city|taguig|pasig|cebu|davao|new\s+york|chicago|houston|dallas|austin|los\s+angeles|` +
		`san\s+francisco|seattle|boston|atlanta|miami|london|toronto)\b`)
	landmarkRe = rxscan.MustCompile(`\b(?:near|opposite|opp\.|behind|next\s+to|beside|adjacent\s+to)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,3}` +
		`(?:chowk|stop|hospital|masjid|mosque|market|bazar|bazaar|mall|bank|school|college|petrol\s+pump|metro|station|park|stadium|university|hotel)\b` +
		`|\b[a-z0-9'-]+\s+(?:chowk|stop|masjid)\s+(?:ke\s+)?(?:paas|pass|qareeb|samne|saamne)\b`)
)

// addresses returns address findings, or landmark findings when the text
// gives no address. An address is a strong part ("Plaza", "Office 12",
// "Suite 200", "2nd Floor") with a city or a second part on the same line,
// or a US street line such as "123 Main St".
func addresses(s string) (addr, landmarks []Finding) {
	parts := partRe.FindAllStringIndex(s, -1)
	for i := 0; i < len(parts); {
		p := parts[i]
		lo, hi := lineAround(s, p[0])
		j := i + 1
		for j < len(parts) && parts[j][0] < hi {
			j++
		}
		city := cityRe.FindStringIndex(s[lo:hi])
		if j-i >= 2 || city != nil {
			end := parts[j-1][1]
			if city != nil {
				end = max(end, lo+city[1])
			}
			addr = append(addr, Finding{Span: textnorm.Span{Start: p[0], End: end}, Kind: "office"})
		}
		i = j
	}
	for _, m := range usStreetRe.FindAllStringIndex(s, -1) {
		addr = append(addr, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: "street"})
	}
	if len(addr) > 0 {
		return dedupe(addr), nil
	}
	for _, m := range landmarkRe.FindAllStringIndex(s, -1) {
		landmarks = append(landmarks, Finding{Span: textnorm.Span{Start: m[0], End: m[1]}, Kind: "landmark"})
	}
	return nil, landmarks
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
