package contacts

import (
	"strings"

	"github.com/nyaruka/phonenumbers"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// chunk is a group of digits between separators inside one run.
type chunk struct{ start, end, digits int }

func chunks(s string, start, end int) []chunk {
	var out []chunk
	for i := start; i < end; {
		if !isDigit(s[i]) && !(s[i] == '+' && i == start) {
			i++
			continue
		}
		j := i
		if s[j] == '+' {
			j++
		}
		for j < end && isDigit(s[j]) {
			j++
		}
		out = append(out, chunk{i, j, j - i - b2i(s[i] == '+')})
		i = j
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// splitRun validates the run as one number, or else as the longest valid
// numbers from left to right, so "50000 0300-1234567" still yields a phone.
func splitRun(s string, start, end int, region string, seen *memo) []Phone {
	cs := chunks(s, start, end)
	var out []Phone
	for k := 0; k < len(cs); {
		found := false
		for j := len(cs); j > k; j-- {
			n := 0
			for _, c := range cs[k:j] {
				n += c.digits
			}
			if n < minDigits || n > maxDigits {
				continue
			}
			sp := textnorm.Span{Start: cs[k].start, End: cs[j-1].end}
			if notPhoneShape.MatchString(strings.TrimPrefix(s[sp.Start:sp.End], "(")) {
				continue
			}
			if p, ok := seen.validate(s[sp.Start:sp.End], region); ok {
				p.Span = sp
				out = append(out, p)
				k, found = j, true
				break
			}
		}
		if !found {
			k++
		}
	}
	return out
}

// memo remembers validate's answers within one advert: ads repeat their
// numbers, and libphonenumber costs several microseconds per parse. A slice
// suffices because an advert holds few distinct candidates.
type memo []memoEntry

type memoEntry struct {
	raw string
	p   Phone
	ok  bool
}

func (m *memo) validate(raw, region string) (Phone, bool) {
	for _, e := range *m {
		if e.raw == raw {
			return e.p, e.ok
		}
	}
	p, ok := validate(raw, region)
	if len(*m) < 64 {
		*m = append(*m, memoEntry{raw, p, ok})
	}
	return p, ok
}

// validate parses raw with the caller's region, then as an international
// number written without its "+", then with each fallback region.
func validate(raw, region string) (Phone, bool) {
	digits := onlyDigits(raw)
	if strings.HasPrefix(raw, "+") {
		return parse("+"+digits, "ZZ")
	}
	var tries []string
	if region != "" {
		tries = append(tries, strings.ToUpper(region))
	}
	if len(digits) >= 11 && digits[0] != '0' {
		if p, ok := parse("+"+digits, "ZZ"); ok {
			return p, true
		}
	}
	if region == "" {
		tries = fallbackRegions
	}
	for _, r := range tries {
		if p, ok := parse(digits, r); ok {
			return p, true
		}
	}
	return Phone{}, false
}

func parse(num, region string) (Phone, bool) {
	n, err := phonenumbers.Parse(num, region)
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return Phone{}, false
	}
	return Phone{
		E164:   phonenumbers.Format(n, phonenumbers.E164),
		Region: phonenumbers.GetRegionCodeForNumber(n),
		Mobile: phonenumbers.GetNumberType(n) == phonenumbers.MOBILE,
	}, true
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
