package textnorm

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Doc is one listing's text in normalised form. It is immutable once built.
type Doc struct {
	// Src is the text as given.
	Src string
	// Folded is Src after NFKC, case folding, look-alike mapping and removal
	// of invisible characters.
	Folded string
	// Tokens are the words and numbers of Folded, in order.
	Tokens []Token
	// Sentences are the sentence (or list line) spans of Folded, in order.
	Sentences []Span

	// srcStart[i] and srcEnd[i] bound the source bytes that produced byte i
	// of Folded.
	srcStart, srcEnd []int32
}

// Span is a half-open byte range.
type Span struct{ Start, End int }

// New folds src and tokenises it. Invalid UTF-8 bytes are kept as U+FFFD in
// the folded text and mapped back to the single byte they replace.
func New(src string) *Doc {
	d := &Doc{Src: src}
	d.fold()
	d.tokenize()
	return d
}

// Source maps a folded span back to the source span that produced it. The
// returned span always covers whole source characters.
func (d *Doc) Source(start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(d.Folded) {
		end = len(d.Folded)
	}
	if start >= end {
		if start >= len(d.srcStart) {
			return len(d.Src), len(d.Src)
		}
		s := int(d.srcStart[start])
		return s, s
	}
	return int(d.srcStart[start]), int(d.srcEnd[end-1])
}

type folder struct {
	out        []byte
	start, end []int32
}

func (f *folder) emit(r rune, s, e int) {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for i := 0; i < n; i++ {
		f.out = append(f.out, buf[i])
		f.start = append(f.start, int32(s))
		f.end = append(f.end, int32(e))
	}
}

func (d *Doc) fold() {
	src := d.Src
	f := folder{
		out:   make([]byte, 0, len(src)),
		start: make([]int32, 0, len(src)),
		end:   make([]int32, 0, len(src)),
	}
	for i := 0; i < len(src); {
		c := src[i]
		// ASCII followed by ASCII is already NFKC; no composition can join
		// across an ASCII starter, so only non-ASCII runs go through norm.
		if c < utf8.RuneSelf && (i+1 == len(src) || src[i+1] < utf8.RuneSelf) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			f.out = append(f.out, c)
			f.start = append(f.start, int32(i))
			f.end = append(f.end, int32(i+1))
			i++
			continue
		}
		j := i + 1
		for j < len(src) && !(src[j] < utf8.RuneSelf && (j+1 == len(src) || src[j+1] < utf8.RuneSelf)) {
			j++
		}
		f.foldChunk(src[i:j], i)
		i = j
	}
	d.Folded = string(f.out)
	d.srcStart, d.srcEnd = f.start, f.end
}

// foldChunk normalises a run that contains non-ASCII text, one NFKC segment
// at a time so every output byte knows the source segment it came from.
func (f *folder) foldChunk(chunk string, base int) {
	if !utf8.ValidString(chunk) {
		f.foldInvalid(chunk, base)
		return
	}
	var it norm.Iter
	it.InitString(norm.NFKC, chunk)
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		for _, r := range string(seg) {
			if r = foldRune(r); r >= 0 {
				f.emit(r, base+p0, base+p1)
			}
		}
	}
}

// foldInvalid handles a chunk with invalid UTF-8 rune by rune, so each bad
// byte becomes U+FFFD mapped to exactly that byte.
func (f *folder) foldInvalid(chunk string, base int) {
	for k := 0; k < len(chunk); {
		r, n := utf8.DecodeRuneInString(chunk[k:])
		if r == utf8.RuneError && n <= 1 {
			f.emit(utf8.RuneError, base+k, base+k+1)
			k++
			continue
		}
		f.foldChunk(chunk[k:k+n], base+k)
		k += n
	}
}

// foldRune lower-cases r and maps look-alikes; it returns -1 for characters
// that must vanish (zero-width joiners, soft hyphens, bidi controls).
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if invisible(r) {
		return -1
	}
	if m, ok := lookalike[r]; ok {
		return m
	}
	return unicode.ToLower(r)
}

func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u034f', '\u061c', '\u180e', '\ufeff':
		return true
	}
	return (r >= '\u200b' && r <= '\u200f') || (r >= '\u202a' && r <= '\u202e') ||
		(r >= '\u2060' && r <= '\u2064') || (r >= '\u2066' && r <= '\u2069')
}

// lookalike maps characters that scammers use to dodge keyword filters
// (Cyrillic and Greek letters that render like Latin ones, typographic
// quotes) to what a reader sees.
var lookalike = map[rune]rune{
	'а': 'a', 'А': 'a', 'е': 'e', 'Е': 'e', 'о': 'o', 'О': 'o', 'р': 'p', 'Р': 'p',
	'с': 'c', 'С': 'c', 'у': 'y', 'У': 'y', 'х': 'x', 'Х': 'x', 'і': 'i', 'І': 'i',
	'ј': 'j', 'Ј': 'j', 'ѕ': 's', 'Ѕ': 's', 'ԁ': 'd', 'һ': 'h', 'Һ': 'h', 'ո': 'n',
	'В': 'b', 'Н': 'h', 'К': 'k', 'М': 'm', 'Т': 't', 'ɑ': 'a',
	'Α': 'a', 'Β': 'b', 'Ε': 'e', 'Ζ': 'z', 'Η': 'h', 'Ι': 'i', 'Κ': 'k', 'Μ': 'm',
	'Ν': 'n', 'Ο': 'o', 'Ρ': 'p', 'Τ': 't', 'Υ': 'y', 'Χ': 'x', 'ο': 'o', 'ν': 'v',
	'\u2018': '\'', '\u2019': '\'', '\u201b': '\'', '\u02bc': '\'', '\u201c': '"', '\u201d': '"',
}
