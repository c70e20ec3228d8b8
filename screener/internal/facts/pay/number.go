package pay

import "math"

// number is a parsed digit token.
type number struct {
	val        float64
	intDigits  int
	leadZero   bool // "0300": a phone or code, never an amount
	grouped    bool // written with thousands separators
	hasDecimal bool
}

// Limits that keep parsing exact and bounded: 13 integer digits is beyond any salary,
// and anything longer is a phone number, an id or noise.
const (
	maxIntDigits  = 13
	maxFracDigits = 4
)

// parseNumber reads a number token. Commas group thousands (Western 100,000 and
// South-Asian 1,00,000); a single dot is a decimal point unless dotGroups says the
// currency writes thousands with dots (Rp 500.000). Several dots are always groups and
// "1.000,50" is read the European way. Malformed groupings (dates such as 15.08.2025,
// lists such as 50,70) are rejected rather than guessed.
func parseNumber(s string, dotGroups bool) (number, bool) {
	var sp splitNumber
	if !sp.split(s) {
		return number{}, false
	}
	decAt := decimalSeparator(sp.kind[:sp.ns], sp.pos[:sp.ns], sp.nd, dotGroups)
	intEnd := sp.nd
	if decAt >= 0 {
		intEnd = sp.pos[decAt]
	}
	if intEnd > maxIntDigits || intEnd == 0 || !validGroups(sp.pos[:sp.ns], decAt, intEnd) {
		return number{}, false
	}
	groups := sp.ns
	if decAt >= 0 {
		groups--
	}
	n := number{intDigits: intEnd, grouped: groups > 0, hasDecimal: decAt >= 0}
	n.leadZero = intEnd >= 2 && sp.digits[0] == 0
	frac := min(sp.nd-intEnd, maxFracDigits)
	var mant uint64
	for _, d := range sp.digits[:intEnd+frac] {
		mant = mant*10 + uint64(d)
	}
	n.val = float64(mant) / math.Pow10(frac)
	return n, true
}

// splitNumber holds a number token's digits and where its separators fall, in fixed
// arrays so parsing does not allocate.
type splitNumber struct {
	digits [maxIntDigits + maxFracDigits + 8]int8
	pos    [16]int // digit count before each separator
	kind   [16]rune
	nd, ns int
}

// split fills sp from s; it fails on numbers too long to be an amount.
func (sp *splitNumber) split(s string) bool {
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			if sp.nd == len(sp.digits) {
				return false
			}
			sp.digits[sp.nd] = int8(d)
			sp.nd++
			continue
		}
		if sp.ns == len(sp.pos) {
			return false
		}
		sp.pos[sp.ns], sp.kind[sp.ns] = sp.nd, normSep(r)
		sp.ns++
	}
	return true
}

func normSep(r rune) rune {
	switch r {
	case '٬':
		return ','
	case '٫':
		return '.'
	}
	return r
}

// decimalSeparator returns the index of the separator that is a decimal point, or -1.
func decimalSeparator(kind []rune, pos []int, nd int, dotGroups bool) int {
	if len(kind) == 0 {
		return -1
	}
	last := len(kind) - 1
	dots := 0
	for _, k := range kind {
		if k == '.' {
			dots++
		}
	}
	switch {
	case kind[last] == '.' && dots == 1:
		if dotGroups && nd-pos[last] == 3 {
			return -1
		}
		return last
	case kind[last] == ',' && dots > 0 && dots == last:
		return last // 1.000,50
	}
	return -1
}

// validGroups checks the digit groups left of the decimal point: the first holds 1-3
// digits, the last 3, and those between 2 or 3 (so both 1,00,000 and 100,000 pass).
func validGroups(pos []int, decAt, intEnd int) bool {
	n := len(pos)
	if decAt >= 0 {
		n = decAt
	}
	if n == 0 {
		return true
	}
	prev := 0
	for i := 0; i < n; i++ {
		g := pos[i] - prev
		if i == 0 && (g < 1 || g > 3) || i > 0 && (g < 2 || g > 3) {
			return false
		}
		prev = pos[i]
	}
	return intEnd-prev == 3
}
