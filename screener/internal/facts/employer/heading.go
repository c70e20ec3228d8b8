package employer

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// nameFromField takes the value of a "Company: XYZ" line unless it is a
// placeholder such as "Confidential" or "A reputed software house".
func (f *Facts) nameFromField(x *scan) {
	if !x.has(cueField) {
		return
	}
	d := x.d
	for _, m := range x.findAll(fieldRe, x.lineWindows(cueField)) {
		start, end := m[2], m[3]
		for end > start && strings.ContainsRune(" .,;\t\r", rune(d.Folded[end-1])) {
			end--
		}
		if end <= start || onlyGeneric(d.Folded[start:end]) {
			continue
		}
		f.setName(d, start, end)
		return
	}
}

// nameFromHeading takes the capitalised words after "Join", "About", "At"…
// at the start of a sentence.
func (f *Facts) nameFromHeading(d *textnorm.Doc) {
	for _, sent := range d.Sentences {
		text := d.Folded[sent.Start:sent.End]
		if !mayBeHeading(text) {
			continue
		}
		loc := headingRe.FindStringIndex(text)
		if loc == nil {
			continue
		}
		first := d.TokenAt(sent.Start + loc[1])
		start, end, n := -1, -1, 0
		for i := first; i < len(d.Tokens) && d.Tokens[i].Start < sent.End && n < 5; i++ {
			tk := d.Tokens[i]
			if notNameWords[tk.Text] || !capitalised(d, tk.Start) || end >= 0 && strings.ContainsAny(d.Folded[end:tk.Start], ",:;!?\n") {
				break
			}
			if start < 0 {
				start = tk.Start
			}
			end, n = tk.End, n+1
		}
		if start >= 0 && !placeName(d.Folded[start:end]) {
			f.setName(d, start, end)
			return
		}
	}
}

// headingWords are the words headingRe starts with after its [\s*#-]*.
// "Work with Rohan" names a person, not an employer, so "work with" is none.
var headingWords = []string{"join", "about", "at", "welcome to", "work at", "careers at", "life at"}

// mayBeHeading is a quick necessary test for headingRe: after the leading
// run of [\s*#-], which cannot end anywhere else because every word starts
// with a letter, one of its words must follow.
func mayBeHeading(s string) bool {
	i := 0
	for i < len(s) && strings.IndexByte(" \t\n\f\r*#-", s[i]) >= 0 {
		i++
	}
	for _, w := range headingWords {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// placeName reports whether s is only the name of a city or country
// ("Join us in Dubai", "About Lahore"), which is where, not who.
func placeName(s string) bool {
	first, second, _ := strings.Cut(strings.TrimPrefix(s, "the "), " ")
	for _, w := range cityWords[first] {
		if w == second {
			return true
		}
	}
	return countryWords[s]
}

var countryWords = wordSet(`pakistan india dubai uae qatar saudi oman bahrain kuwait malaysia singapore thailand
	cambodia myanmar laos vietnam philippines indonesia china japan korea canada america usa uk england britain
	australia germany france italy spain europe asia africa`)

// onlyGeneric reports whether every word of s is a placeholder word.
func onlyGeneric(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' }) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

var genericWords = wordSet(vagueWords + ` a an the our in at of confidential undisclosed not disclosed
	call center centre bpo agency consultants consultancy private limited pvt ltd client well-known`)

var formSquash = strings.NewReplacer(".", "", "(", "", ")", "", " ", "", "-", "")

// canonicalForm names a legal-form match the way rules and reports spell it.
func canonicalForm(m string) string {
	c := formSquash.Replace(m)
	switch {
	case strings.Contains(c, "pvt") || strings.Contains(c, "private"):
		return "Private Limited"
	case strings.HasPrefix(c, "pte"):
		return "Pte Ltd"
	case strings.HasPrefix(c, "sdn"):
		return "Sdn Bhd"
	case c == "fzllc":
		return "FZ-LLC"
	case c == "group" || c == "corp" || c == "corporation":
		return map[string]string{"group": "", "corp": "Corporation", "corporation": "Corporation"}[c]
	case c == "incorporated":
		return "Inc"
	}
	return map[string]string{"limited": "Limited", "ltd": "Limited", "llc": "LLC", "llp": "LLP", "inc": "Inc",
		"plc": "PLC", "gmbh": "GmbH", "fzco": "FZCO", "fze": "FZE", "wll": "WLL"}[c]
}
