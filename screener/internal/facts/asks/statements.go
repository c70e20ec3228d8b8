package asks

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"regexp"
	"strings"
)

var (
	// warnRe finds an ad's own scam warnings. Group 1 is a reporting channel.
	warnRe = rxscan.MustCompile(`(report\s+(?:it\s+|them\s+|such\s+\w+\s+|this\s+)?(?:to|at|on)\s+(?:the\s+)?(?:fia|nccia|cyber\s*crime|police|1930|national\s+cyber)|cybercrime\.gov\.in|fia\s+cyber\s*crime)` +
		`|\bbeware\b|\bbe\s+(?:careful|aware|alert|cautious)\b|\bfraud(?:ulent|sters?)?\b|\bfake\s+(?:jobs?|offers?|recruit\w*|agents?|calls?|messages?|websites?|profiles?|accounts?|people|ads?|interviews?|letters?)|\bscam(?:s|mers?)?\b` +
		`|\bimpersonat\w+|\b(?:do\s+not|don't|dont|never)\s+pay\b|\bdo\s+not\s+(?:send|transfer)\s+(?:any\s+)?money|not\s+responsible\s+for\s+any\s+(?:payment|dealing|transaction|loss)` +
		`|\bhoshiyar\b|\bkhabardar\b|\bdhok[ae]\b|ہوشیار|خبردار|دھوکہ|دھوکے|جعلی|फर्जी`)
	// reassurance words before "scam"/"fraud" turn a warning into a sales
	// claim ("100% genuine, no scam"), which is no warning at all.
	reassureRe = regexp.MustCompile(`(?:\bno|\bnot|\bnon|\bzero|100%|genuine|real)\W{0,3}(?:a\s+)?$`)

	noFeeRe = rxscan.MustCompile(`\bno\s+(?:registration\s+|hidden\s+|joining\s+|training\s+|security\s+|upfront\s+|application\s+|processing\s+)?(?:fees?|charges?|deposits?|money|payments?|cost)\b` +
		`|\b(?:never|not|don't|do\s+not|doesn't|does\s+not|will\s+not|won't|shall\s+not)\s+(?:\w+\s+){0,4}?(?:charge|ask|take|demand|request|collect|require)\w*\s+(?:\w+\s+){0,4}?(?:fees?|money|payments?|charges|deposits?|amount)\b` +
		`|\bfree\s+of\s+(?:cost|charge)|\bwithout\s+any\s+(?:fees?|charges?|cost)|\bzero\s+(?:fees?|cost)|\b(?:fees?|charges)\s+(?:is|are|will\s+be)\s+not\s+(?:charged|required|taken|applicable)` +
		`|\b(?:recruitment|hiring|registration|process|interview|training|selection|application)\s+(?:process\s+)?is\s+(?:totally\s+|completely\s+|absolutely\s+|100%\s+)?free\b` +
		`|\bkoi\s+(?:bhi\s+)?(?:fees?|charges|paise|paisay|raqam|registration\s+fees?)\s+(?:nahi|nahin|nai)|\bfees?\s+(?:bilkul\s+)?(?:nahi|nahin)\b|کوئی\s+فیس\s+نہیں|فیس\s+نہیں|بلا\s+معاوضہ`)
)

// warnings finds scam warnings and remembers their sentences, so requests in
// them ("beware of anyone asking for a fee") are not read as requests.
func (c *ctx) warnings() []Finding {
	var out []Finding
	for _, m := range warnRe.FindAllStringSubmatchIndex(c.s, -1) {
		if reassureRe.MatchString(c.s[max(0, m[0]-12):m[0]]) && !strings.Contains(c.s[m[0]:m[1]], "pay") {
			continue
		}
		kind := "warning"
		if m[2] >= 0 || strings.Contains(c.s[m[0]:m[1]], "cyber") {
			kind = "report"
		}
		out = append(out, Finding{Span: span(m), Kind: kind})
		c.warned[c.d.SentenceOf(m[0])] = true
	}
	return out
}

// noFee finds statements that applicants pay nothing.
func (c *ctx) noFee() []Finding {
	var out []Finding
	for _, m := range noFeeRe.FindAllStringIndex(c.s, -1) {
		out = append(out, Finding{Span: span(m), Kind: "no-fee"})
	}
	return out
}
