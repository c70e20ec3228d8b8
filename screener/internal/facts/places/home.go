package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
)

// Local clues: words, payment apps, ID cards and phone shapes that only an
// advert written in one country uses. They settle Home when no place does.
var (
	// clueWords are single tokens that name the country outright.
	clueWords = map[string]string{
		"jazzcash": "PK", "easypaisa": "PK", "easypesa": "PK", "cnic": "PK", "nadra": "PK",
		"upi": "IN", "paytm": "IN", "aadhaar": "IN", "aadhar": "IN", "adhaar": "IN", "lpa": "IN",
		"peza": "PH",
	}
	// cluePairs are two-token spellings of the same ("jazz cash").
	cluePairs = map[[2]string]string{
		{"jazz", "cash"}: "PK", {"easy", "paisa"}: "PK", {"easy", "pesa"}: "PK",
		{"aadhaar", "card"}: "IN",
	}
	// capsClues count only when written in capitals in the source: "DOLE"
	// is the Philippine labour department, "dole" an English word.
	capsClues = map[string]string{"dole": "PH"}
	// clueSymbols are currency signs that are not words.
	clueSymbols = []symbol{{"₹", "IN"}, {"₱", "PH"}}
	// dialCodes are the international prefixes of the home countries whose
	// phone numbers adverts print.
	dialCodes = map[string]string{"92": "PK", "91": "IN", "63": "PH"}
	// urduOnly are Roman Urdu words Hindi adverts do not use; with "Rs" they
	// place the advert in Pakistan rather than India, Nepal or Sri Lanka.
	urduOnly = lex.KeySet("rabta raabta rabtah tankhwah tankhuwah tankhwa mulazmat mulazmeen mulazim darkar " +
		"khawateen khwateen talba tulaba tajurba tajruba tajarba taleem taleemi baraye fori")
)

// localClue returns the country of the first strong local clue in the
// text, or "".
func (c *ctx) localClue() string {
	at, country := len(c.d.Folded), ""
	rs, urdu := -1, false
	for i, k := range c.keys {
		if cc := c.clueAt(i); cc != "" {
			at, country = c.d.Tokens[i].Start, cc
			break
		}
		if rs < 0 && (k == "rs" || strings.HasPrefix(k, "rs") && len(k) > 2 && isDigit(k[2])) {
			rs = i
		}
		if !urdu && (urduOnly[k] || arabicScript(k)) {
			urdu = true
		}
	}
	for _, s := range clueSymbols {
		if k := strings.Index(c.d.Folded, s.text); k >= 0 && k < at {
			at, country = k, s.country
		}
	}
	if country == "" && rs >= 0 && urdu {
		return "PK"
	}
	return country
}

// clueAt returns the country a clue starting at token i names, or "".
func (c *ctx) clueAt(i int) string {
	k := c.keys[i]
	if cc := clueWords[k]; cc != "" {
		return cc
	}
	if i+1 < len(c.keys) {
		if cc := cluePairs[[2]string{k, c.keys[i+1]}]; cc != "" && touchingOrSpace(c, i, i+1) {
			return cc
		}
	}
	if cc := capsClues[k]; cc != "" {
		t := c.d.Tokens[i]
		if s, e := c.d.Source(t.Start, t.End); strings.ToUpper(c.d.Src[s:e]) == c.d.Src[s:e] {
			return cc
		}
	}
	if c.d.Tokens[i].Number {
		return c.phoneAt(i)
	}
	return ""
}

// phoneAt reads a phone number starting at token i: "+92 300 1234567",
// "+923001234567", "0092-300-1234567", "+91 98765 43210", "+63 917 482 6630",
// and the Pakistani mobile shape "0300-1234567" / "03001234567".
func (c *ctx) phoneAt(i int) string {
	digits, n := c.digitRun(i)
	if digits == "" {
		return ""
	}
	if i > 0 && c.d.Tokens[i-1].Number && c.d.Tokens[i-1].End == c.d.Tokens[i].Start {
		return ""
	}
	plus := c.d.Tokens[i].Start > 0 && c.d.Folded[c.d.Tokens[i].Start-1] == '+'
	if !plus && strings.HasPrefix(digits, "00") {
		digits, plus = digits[2:], true
	}
	if plus && len(digits) >= 10 && len(digits) <= 13 {
		return dialCodes[digits[:2]]
	}
	first := c.d.Tokens[i].Text
	if !plus && len(digits) == 11 && digits[:2] == "03" && digits[2] <= '5' &&
		(n == 1 || len(first) == 4) {
		return "PK"
	}
	return ""
}

// digitRun joins the all-digit tokens from i that are separated only by a
// space or a dash, as phone numbers are written, and returns the digits and
// the number of tokens used. It stops at 16 digits.
func (c *ctx) digitRun(i int) (string, int) {
	var b strings.Builder
	n := 0
	for k := i; k < len(c.keys) && b.Len() <= 16; k++ {
		if !allDigits(c.keys[k]) {
			break
		}
		if k > i {
			gap := c.d.Folded[c.d.Tokens[k-1].End:c.d.Tokens[k].Start]
			if g := strings.TrimSpace(gap); len(gap) > 3 || g != "" && g != "-" {
				break
			}
		}
		b.WriteString(c.keys[k])
		n++
	}
	return b.String(), n
}

func touchingOrSpace(c *ctx, a, b int) bool {
	return strings.TrimSpace(c.d.Folded[c.d.Tokens[a].End:c.d.Tokens[b].Start]) == ""
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// arabicScript reports whether a token is written in the Arabic script, as
// Urdu is.
func arabicScript(k string) bool {
	r, _ := utf8.DecodeRuneInString(k)
	return r >= 0x80 && unicode.Is(unicode.Arabic, r)
}
