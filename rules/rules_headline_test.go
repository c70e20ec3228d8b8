package rules_test

import (
	"context"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
)

// pay-in-headline reads the first line of the screened text, which is the
// title of a structured listing (the title is composed first) and the first
// line of a plain-text advert. Rule examples are body-only, so the
// structured case is checked here.
func TestPayInHeadlineReadsTheTitle(t *testing.T) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		l    screener.Listing
		want bool
	}{
		{"pay in title", screener.Listing{Title: "Earn $5,000 a week from home", Body: "Data entry work, apply today."}, true},
		{"rupees in title", screener.Listing{Title: "Call centre agents – Rs 1 lakh", Body: "Night shift in Karachi."}, true},
		{"pay only in body", screener.Listing{Title: "Accountant", Body: "Salary Rs 50,000 per month."}, false},
		{"title without pay", screener.Listing{Title: "Staff Site Reliability Engineer", Salary: "$180,000-$215,000"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, err := s.Screen(context.Background(), c.l)
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, f := range rep.Findings {
				got = got || f.RuleID == "pay-in-headline"
			}
			if got != c.want {
				t.Errorf("pay-in-headline fired = %v, want %v", got, c.want)
			}
		})
	}
}
