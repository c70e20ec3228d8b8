package contacts

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// fallbackRegions is tried in order when the caller does not know the ad's
// country; it follows where the adverts this tool sees mostly come from.
var fallbackRegions = []string{"PK", "IN", "AE", "PH", "US"}

const (
	minDigits = 7
	maxDigits = 15
	// maxRunDigits bounds the work spent splitting one run of digits into
	// numbers; longer runs are tables or IDs, not something to dial.
	maxRunDigits = 34
)

var (
	// Shapes that parse as digits but are dates, year ranges, CNICs or NTNs.
	notPhoneShape = rxscan.MustCompile(`^(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:19|20)\d\d ?- ?(?:19|20)?\d\d|\d{5}-\d{7}-\d|\d{7}-\d)$`)
	// An identifier label just before the digits means it is not a phone.
	idLabelBefore = rxscan.MustCompile(`(?:cnic|ntn|licen[cs]e|reg|registration|secp|cin|gstin|iban|a/c|account|acc|ref|reference|id|roll|invoice|order)\W{0,3}(?:no\.?|number|num|#)?\W{0,3}$`)
	// Currency just before the digits marks an amount.
	currencyBefore = rxscan.MustCompile(`(?:rs|pkr|inr|usd|aed|sar|qar|php|rupees|salary|\$|₹|₨|₱|€|£)\W{0,3}$`)
	whatsAppMarker = rxscan.MustCompile(`whats\s?app|watsapp|whatsap|wattsapp|\bwa\b|wa\.me/|واٹس\s?ایپ|وٹس\s?ایپ|واٹس\s?اپ|واتساب`)
)

// findPhones scans s once for digit runs and validates each candidate.
func findPhones(s, region string) []Phone {
	var out []Phone
	var seen memo
	// Most adverts give no number; the WhatsApp markers are only looked
	// for once one is found.
	var markers [][]int
	marked := false
	for i := 0; i < len(s); {
		if !startsRun(s, i) {
			i++
			continue
		}
		end, digits, comma := scanRun(s, i)
		if end > i && !comma && digits >= minDigits && digits <= maxRunDigits &&
			!gluedToWord(s, i, end) && !amountOrID(s, i, end) {
			for _, p := range splitRun(s, i, end, region, &seen) {
				if !marked {
					markers, marked = whatsAppMarker.FindAllStringIndex(s, -1), true
				}
				p.WhatsApp = nearMarker(s, p.Span, markers)
				out = append(out, p)
			}
		}
		if end <= i {
			end = i + 1
		}
		i = end
	}
	return out
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

func startsRun(s string, i int) bool {
	c := s[i]
	next := i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == '+')
	return isDigit(c) || (c == '+' || c == '(') && next
}

// scanRun returns the end of the run that starts at i, its digit count and
// whether a digit-comma-digit group (an amount) occurs in it. Separators may
// not repeat more than twice in a row, so prose between numbers ends a run.
func scanRun(s string, i int) (end, digits int, comma bool) {
	seps, last := 0, i
	for j := i; j < len(s); j++ {
		c := s[j]
		switch {
		case isDigit(c):
			digits++
			seps, last = 0, j+1
		case c == '+' && j == i:
		case c == ',' && j > i && isDigit(s[j-1]) && j+1 < len(s) && isDigit(s[j+1]):
			comma = true
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
			seps++
			if seps > 2 {
				return last, digits, comma
			}
		default:
			return last, digits, comma
		}
	}
	return last, digits, comma
}

// gluedToWord rejects digits that are part of an alphanumeric code such as
// a CIN or a licence number.
func gluedToWord(s string, start, end int) bool {
	if start > 0 && (isLetter(s[start-1]) || isDigit(s[start-1])) {
		return true
	}
	return end < len(s) && isLetter(s[end])
}

func amountOrID(s string, start, end int) bool {
	if strings.HasPrefix(s[end:], "/-") {
		return true
	}
	lo := max(0, start-24)
	before := s[lo:start]
	return currencyBefore.MatchString(before) || idLabelBefore.MatchString(before)
}

// nearMarker reports a WhatsApp marker right before the number (same line,
// or a label line just above) or right after it ("0300-1234567 (WhatsApp)").
func nearMarker(s string, sp textnorm.Span, markers [][]int) bool {
	for _, m := range markers {
		if m[1] <= sp.Start {
			gap := s[m[1]:sp.Start]
			if len(gap) <= 15 || len(gap) <= 40 && !strings.Contains(gap, "\n") {
				return true
			}
			continue
		}
		if m[0] >= sp.End {
			return strings.Trim(s[sp.End:m[0]], " (-/:") == "" && m[0]-sp.End <= 4
		}
	}
	return false
}
