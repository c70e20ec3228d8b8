package pay

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func FuzzFind(f *testing.F) {
	for _, cs := range [][]findCase{pakistanCases, romanUrduCases, urduScriptCases, indiaCases,
		gulfCases, philippineCases, westernCases, shapeCases, trapCases, bareCases} {
		for _, c := range cs {
			f.Add(c.in)
		}
	}
	for _, s := range []string{"", "rs", "rs.", "$", "1", "1,", ",1", "1..2", "-", "/-", "rs 5 -",
		"0.0000001 crore", "99999999999999999999999", "1,00,00,00,00,00,000 crore", "\xff\xfe rs 5",
		"9 p.", "p.m.", "se se se 5 se", "١,٢٣٤٫٥", strings.Repeat("rs 1 - ", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Find(in)
		if d := textnorm.New(in); !reflect.DeepEqual(FindDoc(d), Find(d.Folded)) {
			t.Fatalf("FindDoc and Find differ on %q", in)
		}
		prevEnd := 0
		for _, p := range got {
			if p.Start < prevEnd || p.End <= p.Start || p.End > len(in) {
				t.Fatalf("bad span [%d,%d) after %d in %d bytes: %q", p.Start, p.End, prevEnd, len(in), in)
			}
			prevEnd = p.End
			for _, v := range []float64{p.Min, p.Max, p.MonthlyMin, p.MonthlyMax, p.Monthly(), p.Confidence} {
				if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
					t.Fatalf("bad amount %v in %+v for %q", v, p, in)
				}
			}
			if p.Min > p.Max || p.Confidence > 1 {
				t.Fatalf("min %v > max %v or confidence %v in %q", p.Min, p.Max, p.Confidence, in)
			}
		}
	})
}
