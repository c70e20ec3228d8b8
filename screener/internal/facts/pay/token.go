package pay

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord tokKind = iota + 1 // a run of letters and combining marks
	tkNum                     // digits with internal , . ٬ ٫ separators
	tkSym                     // any other single rune that is not white space
)

// token is one lexical unit of the input. Spans are byte offsets.
type token struct {
	start, end int
	kind       tokKind
	sp         bool // white space separates it from the previous token
	nl         bool // a line break separates it from the previous token
	sym        rune
}

// tokenize appends the tokens of text to toks, in one pass. Digits end words and letters end
// numbers, so "rs50,000", "80k" and "12lpa" split into their parts with sp == false,
// which is how the grammar tells glued units from separate words.
func tokenize(toks []token, text string) []token {
	toks = slices.Grow(toks, len(text)/4+4)
	sp, nl := false, false
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\t' {
			sp = true // the common case, without decoding or unicode.IsSpace
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			sp, nl = true, true
			i += size
			continue
		}
		if unicode.IsSpace(r) {
			sp = true
			i += size
			continue
		}
		t := token{start: i, sp: sp, nl: nl}
		sp, nl = false, false
		switch {
		case digitValue(r) >= 0:
			t.kind, t.end = tkNum, scanNumber(text, i)
		case isWordRune(r):
			t.kind, t.end = tkWord, scanWord(text, i)
		default:
			t.kind, t.sym, t.end = tkSym, r, i+size
		}
		toks = append(toks, t)
		i = t.end
	}
	return toks
}

// digitValue returns the value of an ASCII, Arabic-Indic (٠-٩), Extended Arabic-Indic
// (۰-۹, used in Urdu) or Devanagari digit, or -1.
func digitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 0x660 <= r && r <= 0x669:
		return int(r - 0x660)
	case 0x6F0 <= r && r <= 0x6F9:
		return int(r - 0x6F0)
	case 0x966 <= r && r <= 0x96F:
		return int(r - 0x966)
	}
	return -1
}

// isNumSep reports whether r may separate digit groups inside one number.
func isNumSep(r rune) bool { return r == ',' || r == '.' || r == '٬' || r == '٫' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func scanNumber(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if digitValue(r) >= 0 {
			i += size
			continue
		}
		if isNumSep(r) && i+size < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[i+size:]); digitValue(r2) >= 0 {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func scanWord(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII: isWordRune without decoding.
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		i += size
	}
	return i
}
