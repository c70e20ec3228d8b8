package textnorm

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// denseMap is the per-byte offset map fold kept before runs replaced it:
// the reference the runs must agree with, byte for byte.
func denseMap(src string) (folded string, start, end []int) {
	var out []byte
	emit := func(r rune, s, e int) {
		n := len(out)
		out = utf8.AppendRune(out, r)
		for range len(out) - n {
			start, end = append(start, s), append(end, e)
		}
	}
	var chunk func(c string, base int)
	chunk = func(c string, base int) {
		if !utf8.ValidString(c) {
			for k := 0; k < len(c); {
				r, n := utf8.DecodeRuneInString(c[k:])
				if r == utf8.RuneError && n <= 1 {
					emit(utf8.RuneError, base+k, base+k+1)
					k++
					continue
				}
				chunk(c[k:k+n], base+k)
				k += n
			}
			return
		}
		var it norm.Iter
		it.InitString(norm.NFKC, c)
		for !it.Done() {
			p0 := it.Pos()
			seg := it.Next()
			p1 := it.Pos()
			for _, r := range string(seg) {
				if r = foldRune(r); r >= 0 {
					emit(r, base+p0, base+p1)
				}
			}
		}
	}
	ascii := func(j int) bool { return src[j] < utf8.RuneSelf && (j+1 == len(src) || src[j+1] < utf8.RuneSelf) }
	for i := 0; i < len(src); {
		if ascii(i) {
			emit(foldRune(rune(src[i])), i, i+1)
			i++
			continue
		}
		j := i + 1
		for j < len(src) && !ascii(j) {
			j++
		}
		chunk(src[i:j], i)
		i = j
	}
	return string(out), start, end
}

func checkRuns(t *testing.T, src string) {
	t.Helper()
	d := New(src)
	folded, start, end := denseMap(src)
	if d.Folded != folded {
		t.Fatalf("Folded = %q, want %q", d.Folded, folded)
	}
	for i := range folded {
		if s, e := d.srcOf(i); s != start[i] || e != end[i] {
			t.Fatalf("%q: byte %d maps to %d-%d, want %d-%d", src, i, s, e, start[i], end[i])
		}
	}
}

func TestRunsMatchDenseMap(t *testing.T) {
	for _, src := range []string{"", "a", "Earn UP TO Rs 1 Lakh", "Registration fe\u200be", "Salary ５０,０００ pm",
		"Wh\u0430tsApp me", "Cafe\u0301 job", "\ufb01xed", "تنخواہ 1 لاکھ", "\ufeffHello", "pay \xff\xfe fee",
		"a\u200b\u200bb", "\u200b", "ﷺ ﷽ x", "İstanbul ĲK", "x\xffé\xfey"} {
		checkRuns(t, src)
	}
}

func FuzzRuns(f *testing.F) {
	for _, s := range []string{"", "Rs. 50,000/-", "\xff", "e\u0301\u0301", "ﷺ ﷽", "İstanbul", "\u200b\u200b"} {
		f.Add(s)
	}
	f.Fuzz(checkRuns)
}
