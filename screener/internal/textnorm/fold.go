package textnorm

import (
	"encoding/binary"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

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

	// runs map Folded back to Src, in order of their fold offsets; see run.
	runs []run
	// pooled marks Tokens as taken from tokenPool, to go back on Release.
	pooled bool
	// variants is set when some token's Key differs from its Text.
	variants bool
	// spare holds the runs and sentence slices for Release to recycle.
	spare *spare
}

// spare recycles a Doc's runs and sentence spans, like tokenPool its
// tokens: both grow by append and were a tenth of a batch's allocation.
// Neither holds pointers, so a pooled slice pins nothing.
type spare struct {
	runs  []run
	sents []Span
}

var sparePool sync.Pool

// maxPooledSpans keeps one odd listing from pinning huge slices.
const maxPooledSpans = 1 << 12

// run maps a stretch of Folded, from byte fold up to the next run, back to
// the source. In a plain run folded byte fold+k came from source byte
// src+k; in a segment run every byte came from the whole NFKC segment
// src..srcEnd. Adverts are mostly ASCII, so a handful of runs replaces the
// two offsets per byte the map used to keep.
type run struct {
	fold, src, srcEnd int32
	seg               bool
}

// Span is a half-open byte range.
type Span struct{ Start, End int }

// New folds src and tokenises it. Invalid UTF-8 bytes are kept as U+FFFD in
// the folded text and mapped back to the single byte they replace.
func New(src string) *Doc {
	sp, _ := sparePool.Get().(*spare)
	if sp == nil {
		sp = new(spare)
	}
	d := &Doc{Src: src, spare: sp}
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
		if start >= len(d.Folded) {
			return len(d.Src), len(d.Src)
		}
		s, _ := d.srcOf(start)
		return s, s
	}
	s, _ := d.srcOf(start)
	_, e := d.srcOf(end - 1)
	return s, e
}

// srcOf returns the source bytes that produced folded byte i.
func (d *Doc) srcOf(i int) (start, end int) {
	j := sort.Search(len(d.runs), func(j int) bool { return int(d.runs[j].fold) > i }) - 1
	r := d.runs[j]
	if r.seg {
		return int(r.src), int(r.srcEnd)
	}
	s := int(r.src) + i - int(r.fold)
	return s, s + 1
}

type folder struct {
	out  []byte
	runs []run
	it   *norm.Iter // shared by the chunks of one text
}

// iters recycles NFKC iterators: one is several hundred bytes, and a fresh
// one per non-ASCII chunk was the largest allocation of a batch.
var iters = sync.Pool{New: func() any { return new(norm.Iter) }}

// emitSeg appends r as output of the source segment s..e.
func (f *folder) emitSeg(r rune, s, e int) {
	if n := len(f.runs); n == 0 || !f.runs[n-1].seg || f.runs[n-1].src != int32(s) || f.runs[n-1].srcEnd != int32(e) {
		f.runs = append(f.runs, run{fold: int32(len(f.out)), src: int32(s), srcEnd: int32(e), seg: true})
	}
	f.out = utf8.AppendRune(f.out, r)
}

// plain appends the ASCII source bytes src[i:j], lower-cased.
func (f *folder) plain(src string, i, j int) {
	if n := len(f.runs); n == 0 || f.runs[n-1].seg || int(f.runs[n-1].src)+len(f.out)-int(f.runs[n-1].fold) != i {
		f.runs = append(f.runs, run{fold: int32(len(f.out)), src: int32(i)})
	}
	// Eight bytes at a time: 0x80 marks each byte from 'A' (0x41 + 0x3f)
	// that is not past 'Z' (0x5a + 0x25 < 0x80), and 0x80 >> 2 is the
	// case bit. The bytes are ASCII, so no sum carries into the next byte.
	for ; i+8 <= j; i += 8 {
		x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(src[i:]), 8))
		upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & 0x8080808080808080
		f.out = binary.LittleEndian.AppendUint64(f.out, x|upper>>2)
	}
	for ; i < j; i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.out = append(f.out, c)
	}
}

// asciiEnd returns the end of the run of ASCII bytes from i that fold can
// copy as is: up to the first non-ASCII byte, less the ASCII byte just
// before it (a combining mark may join that one), or len(s).
func asciiEnd(s string, i int) int {
	p := i
	for ; p+8 <= len(s); p += 8 {
		if binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[p:]), 8))&0x8080808080808080 != 0 {
			break
		}
	}
	for ; p < len(s) && s[p] < utf8.RuneSelf; p++ {
	}
	if p == len(s) {
		return p
	}
	return max(i, p-1)
}

func (d *Doc) fold() {
	src := d.Src
	f := folder{out: make([]byte, 0, len(src)), runs: d.spare.runs[:0], it: iters.Get().(*norm.Iter)}
	defer func() {
		// A pooled iterator must not pin the text. InitString of "" keeps
		// the old input, so a one-byte string constant replaces it.
		f.it.InitString(norm.NFKC, " ")
		iters.Put(f.it)
	}()
	for i := 0; i < len(src); {
		// ASCII followed by ASCII is already NFKC; no composition can join
		// across an ASCII starter, so only non-ASCII runs go through norm.
		j := asciiEnd(src, i)
		if j > i {
			f.plain(src, i, j)
			i = j
			continue
		}
		j = i + 1
		for j < len(src) && !(src[j] < utf8.RuneSelf && (j+1 == len(src) || src[j+1] < utf8.RuneSelf)) {
			j++
		}
		f.foldChunk(src[i:j], i)
		i = j
	}
	// f.out is never written again, so the string can share its bytes.
	if len(f.out) > 0 {
		d.Folded = unsafe.String(&f.out[0], len(f.out))
	}
	d.runs = f.runs
}

// foldChunk normalises a run that contains non-ASCII text, one NFKC segment
// at a time so every output byte knows the source segment it came from.
func (f *folder) foldChunk(chunk string, base int) {
	if !utf8.ValidString(chunk) {
		f.foldInvalid(chunk, base)
		return
	}
	it := f.it
	it.InitString(norm.NFKC, chunk)
	for !it.Done() {
		p0 := it.Pos()
		seg := it.Next()
		p1 := it.Pos()
		for _, r := range string(seg) {
			if r = foldRune(r); r >= 0 {
				f.emitSeg(r, base+p0, base+p1)
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
			f.emitSeg(utf8.RuneError, base+k, base+k+1)
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
