package textnorm

import (
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token is one word or number of the folded text.
type Token struct {
	Start, End int    // byte span in Doc.Folded
	Text       string // Folded[Start:End]
	Stem       string // snowball stem for Latin words; Text otherwise
	Sentence   int    // index into Doc.Sentences
	Number     bool   // starts with a digit
	// ID is the vocabulary id of Key(Text): the id Intern gave the word,
	// so a token equals an interned word exactly when their ids are equal.
	// Words nobody interned have an id of their own when the stem cache
	// holds them, and 0 otherwise; 0 never equals an interned word.
	ID uint32
}

func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiWord is wordRune for ASCII, where the unicode tables' answer is just
// letters and digits; adverts are mostly ASCII, so this skips the table
// lookups on nearly every byte.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// tokenize splits Folded into tokens and sentences in one pass.
func (d *Doc) tokenize() {
	s := d.Folded
	d.Tokens = newTokens(len(s)/5 + 1)
	// EMSCAD adverts average 200 bytes a sentence or list line and few
	// fall under 96: one allocation of this size replaces the five or six
	// that appending from nil made.
	if n := len(s)/96 + 1; cap(d.spare.sents) >= n {
		d.Sentences = d.spare.sents[:0]
	} else {
		d.Sentences = make([]Span, 0, n)
	}
	d.pooled = true
	sentStart, sent, firstTok := 0, 0, 0
	// A sentence closes only once it holds a token, so "!\n" or a line of
	// dashes does not make empty sentences.
	endSentence := func(at int) {
		if len(d.Tokens) > firstTok {
			d.Sentences = append(d.Sentences, Span{sentStart, at})
			sent++
			sentStart, firstTok = at, len(d.Tokens)
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			end := wordEnd(s, i)
			d.Tokens = append(d.Tokens, Token{Start: i, End: end, Text: s[i:end],
				Sentence: sent, Number: unicode.IsDigit(r)})
			i = end
			continue
		}
		if d.boundary(r, i+n) {
			endSentence(i + n)
		}
		i += n
	}
	endSentence(len(s))
	d.variants = vocab.stemIDs(d.Tokens)
}

// KeysAreTexts reports whether every token's Key is its Text, as it is
// unless the text has Arabic letter variants; a caller that needs the
// keys can then skip computing them.
func (d *Doc) KeysAreTexts() bool { return !d.variants }

// tokenPool recycles token slices between listings: they are the largest
// allocation of a Doc (about 13 bytes per byte of text), and a Screen can
// hand its slice back as soon as the report is built.
var tokenPool sync.Pool

// maxPooledTokens keeps one huge listing from pinning a huge slice.
const maxPooledTokens = 1 << 14

func newTokens(n int) []Token {
	if p, ok := tokenPool.Get().(*[]Token); ok {
		if ts := *p; cap(ts) >= n || n > maxPooledTokens {
			return ts[:0]
		}
	}
	return make([]Token, 0, n)
}

// Release hands the Doc's tokens, sentences and offset map back for reuse
// by later Docs. Neither d nor any slice of d.Tokens or d.Sentences may be
// used after it; strings taken from d (Folded, token texts and stems) stay
// valid. Calling it is optional.
func (d *Doc) Release() {
	if sp := d.spare; sp != nil {
		d.spare = nil
		sp.runs, sp.sents = nil, nil
		if cap(d.runs) <= maxPooledSpans {
			sp.runs = d.runs[:0]
		}
		if cap(d.Sentences) <= maxPooledSpans {
			sp.sents = d.Sentences[:0]
		}
		d.runs, d.Sentences = nil, nil
		sparePool.Put(sp)
	}
	ts := d.Tokens
	d.Tokens = nil
	if !d.pooled || cap(ts) > maxPooledTokens {
		return
	}
	d.pooled = false
	clear(ts) // drop the texts the tokens point into
	ts = ts[:0]
	tokenPool.Put(&ts)
}

// wordEnd returns the end of the word starting at i: letters, digits and
// marks, plus an apostrophe between letters ("don't") and a dot or comma
// between digits ("1,00,000", "2.5").
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && asciiWord[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			i += n
			continue
		}
		if (r == '\'' || r == '.' || r == ',') && i > 0 && i+n < len(s) {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if r == '\'' && unicode.IsLetter(prev) && unicode.IsLetter(next) ||
				r != '\'' && unicode.IsDigit(prev) && unicode.IsDigit(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// boundary reports whether r, ending at byte next, closes a sentence. A dot
// after a common abbreviation ("rs.", "pvt.", "no.") does not.
func (d *Doc) boundary(r rune, next int) bool {
	switch r {
	case '\n', '!', '?', '۔', '؟', '•', '|':
		return true
	case '.':
		if next < len(d.Folded) && d.Folded[next] != ' ' && d.Folded[next] != '\n' && d.Folded[next] != '\t' {
			return false
		}
		if k := len(d.Tokens) - 1; k >= 0 && d.Tokens[k].End == next-1 && abbrev[d.Tokens[k].Text] {
			return false
		}
		return true
	}
	return false
}

var abbrev = map[string]bool{
	"rs": true, "no": true, "mr": true, "mrs": true, "ms": true, "dr": true, "st": true,
	"pvt": true, "co": true, "vs": true, "approx": true, "p": true, "a": true, "e": true,
	"i": true, "sr": true, "jr": true, "engr": true, "prof": true, "max": true, "min": true,
	"etc": true, "ph": true, "tel": true, "mob": true, "govt": true, "dept": true,
}

// TokenAt returns the index of the first token that ends after offset, or
// len(Tokens) when there is none.
func (d *Doc) TokenAt(offset int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > offset })
}

// SentenceOf returns the index of the sentence that holds folded offset.
func (d *Doc) SentenceOf(offset int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > offset })
	if i == len(d.Sentences) && i > 0 {
		i--
	}
	return i
}

// SentenceTokens returns the token range [lo, hi) of the sentence that
// holds token i, cut to at most reach tokens before i and reach-1 after it,
// so that reading the context of every hit stays linear on run-on text
// with no full stop.
func (d *Doc) SentenceTokens(i, reach int) (lo, hi int) {
	toks, sent := d.Tokens, d.Tokens[i].Sentence
	lo, hi = i, i+1
	for lo > 0 && i-lo < reach && toks[lo-1].Sentence == sent {
		lo--
	}
	for hi < len(toks) && hi-i < reach && toks[hi].Sentence == sent {
		hi++
	}
	return lo, hi
}
