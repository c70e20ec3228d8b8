package screener_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// A job board screens a listing and shows each sign with its evidence.
func ExampleScreener_Screen() {
	s, err := screener.New(screener.Options{})
	if err != nil {
		panic(err)
	}
	ad := "Earn up to Rs 3,00,000 per month from home! No degree required. Free visa and ticket to Cambodia."
	rep, err := s.Screen(context.Background(), screener.Listing{ID: "ad-1", Body: ad})
	if err != nil {
		panic(err)
	}
	fmt.Println("band:", rep.Band)
	for _, f := range rep.Findings {
		if f.RuleID == "no-degree-needed" {
			e := f.Evidence[0]
			fmt.Printf("%s: %q at %d-%d\n", f.RuleID, e.Text, e.Start, e.End)
		}
	}
	// Output:
	// band: high
	// no-degree-needed: "No degree required" at 44-62
}

// A saved job page is read through its JSON-LD JobPosting when present.
func ExampleScreener_ScreenHTML() {
	s, err := screener.New(screener.Options{})
	if err != nil {
		panic(err)
	}
	page := `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@type":"JobPosting","title":"Data Entry Operator",
 "hiringOrganization":{"@type":"Organization","name":"Habib Traders (Pvt) Ltd"},
 "description":"<p>Type invoices into our accounting system. B.Com required.</p>"}
</script></head><body><nav>Home | Jobs</nav></body></html>`
	rep, err := s.ScreenHTML(context.Background(), strings.NewReader(page))
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Source, rep.Band)
	fmt.Println(strings.SplitN(rep.Text, "\n", 2)[0])
	// Output:
	// html low
	// Data Entry Operator
}

// Points can be overridden and rules disabled, for example from a
// calibration run.
func ExampleNew() {
	s, err := screener.New(screener.Options{
		Disabled:   []string{"students-targeted"},
		Points:     map[string]int{"no-degree-needed": 5},
		Thresholds: screener.Thresholds{Medium: 35, High: 65},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Thresholds().High)
	// Output: 65
}
