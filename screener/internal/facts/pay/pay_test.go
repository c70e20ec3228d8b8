package pay

import (
	"math"
	"strings"
	"testing"
)

// want is one expected figure. flags lists the true booleans, comma-separated, in the
// order upto,from,plus,guaranteed,commission,commissiononly.
type want struct {
	span     string
	cur      string
	min, max float64
	period   Period
	monthly  float64
	flags    string
}

type findCase struct {
	name string
	in   string
	want []want
}

func w(span, cur string, lo, hi float64, p Period, monthly float64, flags ...string) want {
	return want{span, cur, lo, hi, p, monthly, strings.Join(flags, ",")}
}

func flagString(p Pay) string {
	var out []string
	for _, f := range []struct {
		on   bool
		name string
	}{
		{p.UpTo, "upto"}, {p.From, "from"}, {p.Plus, "plus"}, {p.Guaranteed, "guaranteed"},
		{p.Commission, "commission"}, {p.CommissionOnly, "commissiononly"},
	} {
		if f.on {
			out = append(out, f.name)
		}
	}
	return strings.Join(out, ",")
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.011 }

func runCases(t *testing.T, cases []findCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, tc := range cases {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q): got %d figures %v, want %d", tc.in, len(got), spans(tc.in, got), len(tc.want))
			}
			for i, g := range got {
				checkPay(t, tc.in, g, tc.want[i])
			}
		})
	}
}

func checkPay(t *testing.T, in string, g Pay, wt want) {
	t.Helper()
	if s := g.Text(in); s != wt.span {
		t.Errorf("span = %q, want %q", s, wt.span)
	}
	if g.Currency != wt.cur {
		t.Errorf("%q: currency = %q, want %q", wt.span, g.Currency, wt.cur)
	}
	if !near(g.Min, wt.min) || !near(g.Max, wt.max) {
		t.Errorf("%q: min/max = %v/%v, want %v/%v", wt.span, g.Min, g.Max, wt.min, wt.max)
	}
	if g.Period != wt.period {
		t.Errorf("%q: period = %q, want %q", wt.span, g.Period, wt.period)
	}
	if !near(g.Monthly(), wt.monthly) {
		t.Errorf("%q: monthly = %v, want %v", wt.span, g.Monthly(), wt.monthly)
	}
	if f := flagString(g); f != wt.flags {
		t.Errorf("%q: flags = %q, want %q", wt.span, f, wt.flags)
	}
	if g.Confidence <= 0 || g.Confidence > 1 {
		t.Errorf("%q: confidence %v out of (0,1]", wt.span, g.Confidence)
	}
}

func spans(in string, ps []Pay) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text(in)
	}
	return out
}

func TestFindPakistan(t *testing.T)       { runCases(t, pakistanCases) }
func TestFindRomanUrdu(t *testing.T)      { runCases(t, romanUrduCases) }
func TestFindUrduScript(t *testing.T)     { runCases(t, urduScriptCases) }
func TestFindIndia(t *testing.T)          { runCases(t, indiaCases) }
func TestFindGulf(t *testing.T)           { runCases(t, gulfCases) }
func TestFindPhilippines(t *testing.T)    { runCases(t, philippineCases) }
func TestFindUSAndOthers(t *testing.T)    { runCases(t, westernCases) }
func TestFindShapes(t *testing.T)         { runCases(t, shapeCases) }
func TestFindTraps(t *testing.T)          { runCases(t, trapCases) }
func TestFindBareAndContext(t *testing.T) { runCases(t, bareCases) }

func TestCaseCount(t *testing.T) {
	n := 0
	for _, cs := range [][]findCase{pakistanCases, romanUrduCases, urduScriptCases, indiaCases,
		gulfCases, philippineCases, westernCases, shapeCases, trapCases, bareCases} {
		n += len(cs)
	}
	if n < 110 {
		t.Errorf("only %d table cases; the suite promises at least 110", n)
	}
	t.Logf("%d table cases", n)
}
