package screener_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener"
)

func newScreener(t testing.TB, o screener.Options) *screener.Screener {
	t.Helper()
	s, err := screener.New(o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

const lakhAd = "URGENT HIRING!!! Call centre agents for US campaign.\n" +
	"Earn up to Rs 1,50,000 per month. No degree required, FSc students can apply.\n" +
	"Night shift. Contact on WhatsApp only 0300-1234567."

// Evidence offsets must point at the caller's own bytes even when
// normalisation changed them: zero-width characters, full-width digits and
// Cyrillic look-alikes inside the evidence.
func TestEvidenceOffsetsPointAtInputBytes(t *testing.T) {
	s := newScreener(t, screener.Options{})
	inputs := map[string]string{
		"plain":       lakhAd,
		"zero-width":  strings.ReplaceAll(lakhAd, "degree", "de\u200bgree"),
		"full-width":  strings.ReplaceAll(lakhAd, "1,50,000", "１,５０,０００"),
		"look-alikes": strings.ReplaceAll(lakhAd, "required", "r\u0435quir\u0435d"),
		"bom":         "\ufeff" + lakhAd,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			rep, err := s.Screen(context.Background(), screener.Listing{Body: in})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Text != in {
				t.Fatalf("Text differs from the input")
			}
			if len(rep.Findings) == 0 {
				t.Fatalf("no findings on a scam advert")
			}
			for _, f := range rep.Findings {
				for _, e := range f.Evidence {
					if in[e.Start:e.End] != e.Text {
						t.Errorf("%s: input[%d:%d] = %q, evidence says %q", f.RuleID, e.Start, e.End, in[e.Start:e.End], e.Text)
					}
				}
			}
		})
	}
}

func TestScoreAndBandsFollowThePoints(t *testing.T) {
	s := newScreener(t, screener.Options{})
	ctx := context.Background()
	scam, _ := s.Screen(ctx, screener.Listing{Body: lakhAd})
	plain, _ := s.Screen(ctx, screener.Listing{Body: "Accountant needed at Habib Traders (Pvt) Ltd, Lahore. B.Com and 2 years experience. Salary Rs 60,000."})
	if scam.Score <= plain.Score {
		t.Errorf("scam score %d not above honest score %d", scam.Score, plain.Score)
	}
	if scam.Band == screener.Low {
		t.Errorf("multi-sign scam is low: %+v", scam.Findings)
	}
	sum := 0
	for _, f := range scam.Findings {
		sum += f.Points
	}
	if sum != scam.Points {
		t.Errorf("points %d, findings sum to %d", scam.Points, sum)
	}
	for i := 1; i < len(scam.Findings); i++ {
		a, b := scam.Findings[i-1], scam.Findings[i]
		if a.Points < b.Points || (a.Points == b.Points && a.RuleID > b.RuleID) {
			t.Errorf("findings not sorted by points then id: %s(%d) before %s(%d)", a.RuleID, a.Points, b.RuleID, b.Points)
		}
	}
}

func TestOptionsAreValidated(t *testing.T) {
	tests := []struct {
		name string
		o    screener.Options
		want string
	}{
		{"thresholds out of order", screener.Options{Thresholds: screener.Thresholds{Medium: 80, High: 60}}, "thresholds"},
		{"unknown rule in points", screener.Options{Points: map[string]int{"no-such-rule": 5}}, "no-such-rule"},
		{"unknown disabled rule", screener.Options{Disabled: []string{"nope"}}, "nope"},
		{"points out of range", screener.Options{Points: map[string]int{"no-degree-needed": 500}}, "out of range"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := screener.New(tc.o)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func TestDisabledAndOverriddenRules(t *testing.T) {
	ctx := context.Background()
	s := newScreener(t, screener.Options{Disabled: []string{"no-degree-needed"}, Points: map[string]int{"students-targeted": 9}})
	rep, _ := s.Screen(ctx, screener.Listing{Body: lakhAd})
	for _, f := range rep.Findings {
		if f.RuleID == "no-degree-needed" {
			t.Errorf("disabled rule fired")
		}
		if f.RuleID == "students-targeted" && f.Points != 9 {
			t.Errorf("override ignored: %d", f.Points)
		}
	}
}

func TestBadInputsGiveErrorsNotPanics(t *testing.T) {
	s := newScreener(t, screener.Options{MaxTextBytes: 1000})
	_, err := s.Screen(context.Background(), screener.Listing{ID: "big", Body: strings.Repeat("a ", 600)})
	var tl *screener.TooLargeError
	if !errors.As(err, &tl) || tl.Limit != 1000 {
		t.Errorf("want TooLargeError, got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Screen(ctx, screener.Listing{Body: "x"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: %v", err)
	}
	rep, err := s.Screen(context.Background(), screener.Listing{Body: "pay \xff\xfe Rs 50,000 \x00"})
	if err != nil || rep.Text != "pay \xff\xfe Rs 50,000 \x00" {
		t.Errorf("invalid UTF-8 should screen with exact text: %v", err)
	}
}

func TestStructuredListingComposesFields(t *testing.T) {
	s := newScreener(t, screener.Options{})
	l := screener.Listing{Title: "Call centre agent", Company: "", Location: "Lahore", Salary: "Rs 1,50,000 per month",
		Body: "No degree required. Apply on WhatsApp.", Provided: []string{"company_profile"}}
	rep, err := s.Screen(context.Background(), l)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Source != "listing" || !strings.HasPrefix(rep.Text, "Call centre agent\n") {
		t.Errorf("source %q text %q", rep.Source, rep.Text)
	}
	for _, f := range rep.Findings {
		for _, e := range f.Evidence {
			if rep.Text[e.Start:e.End] != e.Text {
				t.Errorf("evidence offsets wrong in composed text")
			}
		}
	}
}

// One Screener serves many goroutines; run with -race.
func TestConcurrentScreening(t *testing.T) {
	s := newScreener(t, screener.Options{})
	var wg sync.WaitGroup
	want, _ := s.Screen(context.Background(), screener.Listing{Body: lakhAd})
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				rep, err := s.Screen(context.Background(), screener.Listing{Body: lakhAd})
				if err != nil || rep.Score != want.Score || len(rep.Findings) != len(want.Findings) {
					t.Errorf("concurrent result differs: %v", err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// Every rule's own examples are part of the test suite.
func TestDefaultRuleExamples(t *testing.T) {
	s := newScreener(t, screener.Options{})
	fails, st, err := s.CheckExamples(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fails {
		t.Errorf("%s:%d: rule %s: want %s: %q", f.File, f.Line, f.RuleID, f.Want, f.Text)
	}
	if st.Rules == 0 || st.Match == 0 || st.NoMatch == 0 {
		t.Errorf("no examples ran: %+v", st)
	}
}

func TestDefaultPacksLoad(t *testing.T) {
	packs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(packs) == 0 {
		t.Fatal("no default packs")
	}
}
