package employer

import "strings"

// Legal-form suffixes in the text, read word by word (see words.go) where
// legalRe (name.go) used to run over every sentence holding a cue word
// ("group", "limited" and "private" are in many). The words a match can
// start with are looked up by id, and the expression is then followed
// byte by byte from there, in its own order:
//
//	\(\s*(?:smc[-\s]*)?(?:pvt|private)\.?\s*\)\s*(?:ltd|limited)\b\.?
//	|\b(?:smc[-\s]*)?(?:pvt|private)\.?\s*(?:ltd|limited)\b\.?|\bpte\.?\s*ltd\b\.?|\bsdn\.?\s*bhd\b\.?
//	|\bfz-?llc\b|\bl\.l\.c\.|\bw\.l\.l\b\.?
//	|\b(?:limited|ltd|llc|llp|inc|incorporated|plc|gmbh|fzco|fze|wll|corporation|corp|group)\b\.?
//
// "\s*" and "[-\s]*" can glue its words together ("pvtltd", "smcpvt"),
// so those joined forms start matches too.

var (
	// lStarts are the words a match other than "(pvt) ltd" can start with.
	lStarts = wordsOf(`smc smcpvt smcprivate smcpvtltd smcpvtlimited smcprivateltd smcprivatelimited pvt private
		pvtltd pvtlimited privateltd privatelimited pte pteltd sdn sdnbhd fz fzllc l w
		limited ltd llc llp inc incorporated plc gmbh fzco fze wll corporation corp group`)
	// lSuffixes are the last alternative's words.
	lSuffixes = wordsOf(`limited ltd llc llp inc incorporated plc gmbh fzco fze wll corporation corp group`)
)

// legalHits appends the legal forms in the window lo..hi whose words are q.
func legalHits(q seq, lo, hi int, out []hit) []hit {
	s, from := q.s, lo
	for k := 0; k < len(q.ws); k++ {
		w := q.ws[k]
		if w.start < from {
			continue
		}
		// "(pvt) ltd" starts at a bracket before the word.
		gap := from
		if k > 0 {
			gap = max(from, q.ws[k-1].end)
		}
		if e, p := parenBefore(s, gap, w.start, hi); e >= 0 {
			out = append(out, hit{p, e, 0})
			from = e
			k--
			continue
		}
		if lStarts.Has(w.id) {
			if e := legalAt(s, w, hi); e >= 0 {
				out = append(out, hit{w.start, e, 0})
				from = e
			}
		}
	}
	return out
}

// parenBefore tries "(pvt) ltd" at each "(" in s[from:to], in order, and
// returns the end and start of the first match; -1 when none matches.
func parenBefore(s string, from, to, hi int) (int, int) {
	for p := from; p < to; p++ {
		i := strings.IndexByte(s[p:to], '(')
		if i < 0 {
			break
		}
		p += i
		if e := parenForm(s, p, hi); e >= 0 {
			return e, p
		}
	}
	return -1, -1
}

// parenForm reads "\(\s*(?:smc[-\s]*)?(?:pvt|private)\.?\s*\)\s*(?:ltd|limited)\b\.?"
// at p.
func parenForm(s string, p, hi int) int {
	r := privateAt(s, spaceRun(s, p+1, hi), hi)
	if r < 0 {
		return -1
	}
	if r < hi && s[r] == '.' {
		r++
	}
	r = spaceRun(s, r, hi)
	if r >= hi || s[r] != ')' {
		return -1
	}
	return limitedAt(s, spaceRun(s, r+1, hi), hi)
}

// privateAt reads "(?:smc[-\s]*)?(?:pvt|private)" at p and returns its end.
func privateAt(s string, p, hi int) int {
	if strings.HasPrefix(s[p:hi], "smc") {
		r := p + 3
		for r < hi && (s[r] == '-' || isSpace(s[r])) {
			r++
		}
		if e := prefixEnd(s, r, hi, "pvt", "private"); e >= 0 {
			return e
		}
	}
	return prefixEnd(s, p, hi, "pvt", "private")
}

// limitedAt reads "(?:ltd|limited)\b\.?" at p.
func limitedAt(s string, p, hi int) int {
	return dotAfter(s, wordEnd(s, prefixEnd(s, p, hi, "ltd", "limited"), hi), hi)
}

// legalAt reads the alternatives that start at word w, in their order.
func legalAt(s string, w word, hi int) int {
	p := w.start
	// (?:smc[-\s]*)?(?:pvt|private)\.?\s*(?:ltd|limited)\b\.?
	if r := privateAt(s, p, hi); r >= 0 {
		if e := limitedAt(s, spaceRun(s, dotAt(s, r, hi), hi), hi); e >= 0 {
			return e
		}
	}
	for _, f := range [][2]string{{"pte", "ltd"}, {"sdn", "bhd"}} {
		// pte\.?\s*ltd\b\.? and sdn\.?\s*bhd\b\.?
		if r := prefixEnd(s, p, hi, f[0]); r >= 0 {
			if e := dotAfter(s, wordEnd(s, prefixEnd(s, spaceRun(s, dotAt(s, r, hi), hi), hi, f[1]), hi), hi); e >= 0 {
				return e
			}
		}
	}
	// fz-?llc\b
	if r := prefixEnd(s, p, hi, "fz"); r >= 0 {
		if r < hi && s[r] == '-' {
			if e := wordEnd(s, prefixEnd(s, r+1, hi, "llc"), hi); e >= 0 {
				return e
			}
		}
		if e := wordEnd(s, prefixEnd(s, r, hi, "llc"), hi); e >= 0 {
			return e
		}
	}
	// l\.l\.c\. and w\.l\.l\b\.?
	if e := prefixEnd(s, p, hi, "l.l.c."); e >= 0 {
		return e
	}
	if e := dotAfter(s, wordEnd(s, prefixEnd(s, p, hi, "w.l.l"), hi), hi); e >= 0 {
		return e
	}
	if lSuffixes.Has(w.id) {
		return dotAfter(s, w.end, hi)
	}
	return -1
}

// prefixEnd returns the end of the first of words that s[p:hi] starts
// with, or -1 (also when p is -1).
func prefixEnd(s string, p, hi int, words ...string) int {
	if p < 0 {
		return -1
	}
	for _, w := range words {
		if strings.HasPrefix(s[p:hi], w) {
			return p + len(w)
		}
	}
	return -1
}

// wordEnd returns e when \b holds there after a word byte (e is -1 or at
// hi or before a non-word byte), else -1.
func wordEnd(s string, e, hi int) int {
	if e < 0 || e < hi && wordByte[s[e]] {
		return -1
	}
	return e
}

// dotAt returns p past an optional ".".
func dotAt(s string, p, hi int) int {
	if p < hi && s[p] == '.' {
		return p + 1
	}
	return p
}

// dotAfter is dotAt for an end that may be -1.
func dotAfter(s string, e, hi int) int {
	if e < 0 {
		return -1
	}
	return dotAt(s, e, hi)
}
