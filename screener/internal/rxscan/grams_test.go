package rxscan

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestPreparedSameAsRegexp checks scans of prepared texts, and of slices of
// them, against the plain regexp: the gram filter may only skip patterns
// that cannot match.
func TestPreparedSameAsRegexp(t *testing.T) {
	pieces := []string{"fee", "fees", " ", "\n", "charges", "a", "b", "c", "d", "e", "x", "y", "_", "-", "#",
		"company", ":", "employer", "رجسٹریشن", "فیس", "é", "\xff", "dd", "no ", "challan", "12", "3 ",
		"main ", "st", "ave", ".", "l.l.c.", "w.l.l", "on ", "via ", "https://", "www.", "acme.com", "@", "pk",
		"lorem ipsum dolor sit amet ", "the quick brown fox "}
	var res []*Regexp
	for _, p := range append(patterns, `\bfee\b`, `\bregistration\s+fee`, `(?:pvt|private)\s*ltd`) {
		res = append(res, MustCompile(p))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		var b strings.Builder
		for b.Len() < minGramed || rng.IntN(4) > 0 && b.Len() < 4*minGramed {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		p := Prepare(s)
		if gramsOf(s) == nil {
			t.Fatal("a prepared text is not found")
		}
		for _, r := range res {
			compare(t, r, s)
			i := rng.IntN(len(s))
			compare(t, r, s[i:i+rng.IntN(len(s)-i+1)])
		}
		p.Release()
	}
}

func TestPreparedSkips(t *testing.T) {
	s := strings.Repeat("we pay well and on time; apply today. ", 10)
	p := Prepare(s)
	defer p.Release()
	r := MustCompile(`\bregistration\s+fee`)
	if r.probes == nil || !absent(gramsOf(s), r.probes) {
		t.Errorf("a pattern with no prefix in the text is not skipped")
	}
	if absent(gramsOf(s[5:40]), MustCompile(`\bapply\b`).probes) {
		t.Errorf("a pattern present in the text is skipped")
	}
	p.Release()
	if gramsOf(s) != nil {
		t.Errorf("a released text is still found")
	}
}

func TestLiteralSameAsContains(t *testing.T) {
	s := strings.Repeat("apply with your cv; no fee is charged. ", 12) + "registration"
	p := Prepare(s)
	defer p.Release()
	for _, w := range []string{"", "a", "no", "fee", "no fee", "registration", "registration fee", "xyz", "charged. apply", "cv;"} {
		l := NewLiteral(w)
		for _, sub := range []string{s, s[10:200], s[len(s)-20:], "fee"} {
			if got, want := l.In(sub), strings.Contains(sub, w); got != want {
				t.Errorf("%q in %.20q: got %v want %v", w, sub, got, want)
			}
		}
	}
}

func TestWordStartsSameAsNext(t *testing.T) {
	s := strings.Repeat("Fee: no_fee, 12fees; feed the fees-charges\n", 10)
	p := Prepare(s)
	defer p.Release()
	f := MustCompile(`\b(fees?|charges)\b`).any
	if !f.words {
		t.Fatal("a \\b pattern of word bytes does not use word starts")
	}
	for _, off := range []int{0, 1, 5, 17, 100} {
		sub := s[off:]
		gs, o := preparedOf(sub)
		v := newView(gs, o, len(sub))
		for q := 0; q <= len(sub); q++ {
			if got, want := f.nextIn(&v, sub, q), f.next(sub, q); got != want {
				t.Fatalf("offset %d, from %d: got %d want %d", off, q, got, want)
			}
		}
	}
}

// TestGramSetSound checks that every 3- and 4-byte gram of a prepared text
// tests present, and that the word starts are those of the definition.
func TestGramSetSound(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := "ab c.\nzé_9\xff"
	for range 200 {
		b := make([]byte, minGramed+rng.IntN(600))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		gs := new(gramSet)
		gs.build(s)
		for n := 3; n <= 4; n++ {
			for i := 0; i+n <= len(s); i++ {
				if !gs.has(gramProbe(pack(s[i:i+n]), n)) {
					t.Fatalf("gram %q of %q tests absent", s[i:i+n], s)
				}
			}
		}
		var want []int32
		for i := range len(s) {
			if wordByte(s[i]) && (i == 0 || !wordByte(s[i-1])) {
				want = append(want, int32(i))
			}
		}
		if !slices.Equal(gs.starts, want) && len(want)+len(gs.starts) > 0 {
			t.Fatalf("word starts of %q: got %v want %v", s, gs.starts, want)
		}
	}
}

// BenchmarkPrepare prepares a 3 KB advert-like text.
func BenchmarkPrepare(b *testing.B) {
	s := strings.Repeat("Urgent hiring: call centre agents (Pvt) Ltd, salary Rs. 50,000; apply at www.acme.com.pk now!\n", 32)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Prepare(s).Release()
	}
}

// TestSeek checks view.seek against a binary search for targets that
// mostly move forward, sometimes jump and sometimes go back.
func TestSeek(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 200 {
		var starts []int32
		for p := int32(rng.IntN(5)); p < 2000 && len(starts) < rng.IntN(300); p += int32(2 + rng.IntN(9)) {
			starts = append(starts, p)
		}
		v := view{starts: starts}
		tgt := int32(0)
		for range 100 {
			switch rng.IntN(4) {
			case 0:
				tgt = int32(rng.IntN(2100))
			default:
				tgt += int32(rng.IntN(20))
			}
			want, _ := slices.BinarySearch(starts, tgt)
			if got := v.seek(tgt); got != want {
				t.Fatalf("seek(%d) in %v = %d, want %d", tgt, starts, got, want)
			}
		}
	}
}
