package employer

import (
	"strings"
	"sync"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// The phrase patterns of this package (placeholders, the words around a
// name) were regular expressions run through rxscan, a fifth of a batch's
// CPU time between them. They are now read word by word from the tokens,
// comparing vocabulary ids, with results identical to the expressions'
// (ref_test.go keeps the expressions and checks it). "Word" means what the
// expressions' \b saw: a run of [0-9A-Za-z_] bytes. Nearly every token is
// exactly one such run and keeps its Token.ID; a token with an apostrophe,
// a non-ASCII letter or an underscore beside it is split into its runs here.

// word is a run of regexp word bytes in Doc.Folded, with the vocabulary id
// of its text.
type word struct {
	start, end int
	id         uint32
}

// hit is a match of a phrase pattern: a span of Folded and which of the
// pattern's alternatives matched (the regexp's capture group, from 1).
type hit struct{ start, end, alt int }

// phrase names a phrase pattern, for scan.ref.
type phrase int

const (
	phraseVague phrase = iota
	phraseAfter
	phraseBefore
	phraseProfile
	phraseLegal
)

// wordByte is regexp's \w.
var wordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	return t
}()

// words returns the words of Folded[lo:hi], cut at lo and hi as a regexp
// run over that slice sees them, and at most max of them (max < 0: all).
// The slice is reused by the next call.
func (x *scan) words(lo, hi, max int) []word {
	d, s := x.d, x.d.Folded
	out := x.wbuf[:0]
	pos := lo
	for i := d.TokenAt(lo); i < len(d.Tokens) && len(out) != max; i++ {
		tk := &d.Tokens[i]
		if tk.Start >= hi {
			break
		}
		if tk.End <= pos {
			continue
		}
		if tk.Start >= pos && tk.End <= hi && plainToken(s, tk.Start, tk.End) {
			out = append(out, word{tk.Start, tk.End, tk.ID})
			pos = tk.End
			continue
		}
		out, pos = appendRuns(out, s, tk.Start, tk.End, pos, hi)
	}
	x.wbuf = out
	return out
}

// wordBufs recycles the words buffers of scans: an advert's windows hold
// hundreds of words, and growing a buffer for each advert tripled the
// package's allocation.
var wordBufs sync.Pool

// maxPooledWords keeps one huge advert from pinning a huge buffer.
const maxPooledWords = 1 << 12

func (x *scan) takeWords() {
	if p, ok := wordBufs.Get().(*[]word); ok {
		x.wbuf = (*p)[:0]
	}
}

// releaseWords hands the words buffer back; x may not be used after.
func (x *scan) releaseWords() {
	if b := x.wbuf; cap(b) > 0 && cap(b) <= maxPooledWords {
		x.wbuf = nil
		wordBufs.Put(&b)
	}
}

// plainToken reports whether s[start:end], a token, is one regexp word:
// ASCII letters and digits only, with no underscore on either side.
func plainToken(s string, start, end int) bool {
	if start > 0 && s[start-1] == '_' || end < len(s) && s[end] == '_' {
		return false
	}
	for i := start; i < end; i++ {
		if c := s[i]; !wordByte[c] || c == '_' {
			return false
		}
	}
	return true
}

// appendRuns appends the words of the token s[start:end] that is not plain,
// together with any underscores and tokens they run on into, not reaching
// back before floor nor past hi. It returns where it stopped.
func appendRuns(out []word, s string, start, end, floor, hi int) ([]word, int) {
	j := max(start, floor)
	for j > floor && s[j-1] == '_' {
		j--
	}
	for j < end && j < hi {
		if !wordByte[s[j]] {
			j++
			continue
		}
		k := j
		for k < hi && wordByte[s[k]] {
			k++
		}
		out = append(out, word{j, k, textnorm.WordID(s[j:k])})
		j = k
	}
	return out, j
}

// isSpace is regexp's \s.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// spaces reports whether g matches \s+.
func spaces(g string) bool {
	for i := 0; i < len(g); i++ {
		if !isSpace(g[i]) {
			return false
		}
	}
	return g != ""
}

// spaceRun returns the end of the run of \s that starts at i, up to hi.
func spaceRun(s string, i, hi int) int {
	for i < hi && isSpace(s[i]) {
		i++
	}
	return i
}

// seq is the words of one window of the folded text.
type seq struct {
	s  string
	ws []word
}

func (q seq) is(k int, id uint32) bool         { return k < len(q.ws) && q.ws[k].id == id }
func (q seq) in(k int, set lex.Words) bool     { return k < len(q.ws) && set.Has(q.ws[k].id) }
func (q seq) gap(k int) string                 { return q.s[q.ws[k-1].end:q.ws[k].start] }
func (q seq) sp(k int) bool                    { return k < len(q.ws) && spaces(q.gap(k)) }
func (q seq) then(k int, id uint32) bool       { return q.sp(k) && q.ws[k].id == id }
func (q seq) thenIn(k int, set lex.Words) bool { return q.sp(k) && set.Has(q.ws[k].id) }

// letters reports whether word k is all a-z, as [a-z]+ between blanks.
func (q seq) letters(k int) bool {
	if k >= len(q.ws) {
		return false
	}
	for i := q.ws[k].start; i < q.ws[k].end; i++ {
		if c := q.s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// at returns the index of the first word that starts at or after off,
// from k on.
func (q seq) at(k, off int) int {
	for k < len(q.ws) && q.ws[k].start < off {
		k++
	}
	return k
}

// id interns a word of a phrase pattern.
func id(w string) uint32 { return textnorm.Intern(w)[0] }

// words1 interns a space-separated list of a phrase pattern's words.
func wordsOf(list string) lex.Words { return lex.NewWords(strings.TrimSpace(list)) }

// hits runs phrase p over the windows, in order.
func (x *scan) hits(p phrase, ws []win) []hit {
	var out []hit
	for _, w := range ws {
		if x.ref != nil {
			out = append(out, x.ref(p, w.start, w.end)...)
			continue
		}
		q := seq{x.d.Folded, x.words(w.start, w.end, -1)}
		switch p {
		case phraseVague:
			out = vagueHits(q, out)
		case phraseAfter:
			out = afterHits(q, w.end, out)
		case phraseBefore:
			out = beforeHits(q, w.start, w.end, out)
		case phraseProfile:
			out = profileHits(q, w.start, w.end, out)
		case phraseLegal:
			out = legalHits(q, w.start, w.end, out)
		}
	}
	return out
}
