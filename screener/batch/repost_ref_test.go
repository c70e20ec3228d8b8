package batch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/internal/emscadtest"
)

// refFingerprint is Fingerprint as first written, rune by rune: the
// reference the faster one must agree with.
func refFingerprint(l screener.Listing) uint64 {
	loc := strings.FieldsFunc(strings.ToLower(l.Location), func(r rune) bool { return !unicode.IsLetter(r) })
	const offset64, prime64 = 14695981039346656037, 1099511628211
	h, n := uint64(offset64), 0
	var word []rune
	flush := func() {
		if len(word) > 0 && !slices.Contains(loc, string(word)) {
			for _, r := range word {
				h = (h ^ uint64(r)) * prime64
			}
			h = (h ^ ' ') * prime64
			n += len(word) + 1
		}
		word = word[:0]
	}
	for _, r := range l.Body {
		if unicode.IsLetter(r) {
			word = append(word, unicode.ToLower(r))
		} else {
			flush()
		}
	}
	flush()
	if n < minFingerprintText {
		return 0
	}
	return h
}

func TestFingerprintSameAsReference(t *testing.T) {
	pieces := []string{"Lahore", "lahore", "LAHORE", "Karachi", " ", ", ", "\n", "-", "12", "call", "Ünited", "ÜNITED", "straße",
		"İstanbul", "کراچی", "\xff", "é", "e\u0301", "Job", "caféteria", "Lahoreé", "KARACHI", "Kelvin\u212a", "Representative", "INTERNATIONALISATIONS", "abcdefgh", "ABCDEFGHİ", "apply now for the post of agent", "ǅ", "ΣΑΣ"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var b, loc strings.Builder
		for range rng.IntN(80) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		for range rng.IntN(3) {
			loc.WriteString(pieces[rng.IntN(len(pieces))])
		}
		l := screener.Listing{Body: b.String(), Location: loc.String()}
		if got, want := Fingerprint(l), refFingerprint(l); got != want {
			t.Fatalf("Fingerprint(%q, loc %q) = %x, want %x", l.Body, l.Location, got, want)
		}
	}
}

func BenchmarkFingerprint(b *testing.B) {
	l := screener.Listing{Body: strings.Repeat("Customer Support Representative (Night Shift) in Karachi: Rs. 55,000 a month. ", 40), Location: "Karachi, Pakistan"}
	b.ReportAllocs()
	for b.Loop() {
		Fingerprint(l)
	}
}

// BenchmarkFingerprintEMSCAD fingerprints the bodies of the EMSCAD
// development file, one per op: real word lengths, which a repeated
// sentence hides from the branch predictor. It skips when the file is
// absent.
func BenchmarkFingerprintEMSCAD(b *testing.B) {
	t := emscadtest.Read(b)
	var ls []screener.Listing
	for _, r := range t.Rows {
		ls = append(ls, screener.Listing{Location: t.Get(r, "location"), Body: t.Get(r, "description")})
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Fingerprint(ls[i%len(ls)])
		i++
	}
}
