package screener_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
)

// TestFactsSeniorAndLicences checks that the summary quotes what marks a
// post as senior or licensed, from the title, the board's experience field
// and the text, in the caller's own spelling.
func TestFactsSeniorAndLicences(t *testing.T) {
	s := newScreener(t, screener.Options{})
	tests := []struct {
		name            string
		l               screener.Listing
		senior, licence []string
	}{
		{"board field", screener.Listing{Title: "VP of Product", Experience: "Mid-Senior level", Body: "Salary $250,000 per year."},
			[]string{"VP", "Mid-Senior level"}, nil},
		{"text", screener.Listing{Body: "RN – Med/Surg\n\n$44–$52/hr. Active Ohio RN license required; BLS required."},
			nil, []string{"RN", "RN license"}},
		{"neither", screener.Listing{Body: "Data entry from home. Earn $2,000 a week. Driving licence required."}, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := s.Screen(context.Background(), tc.l)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rep.Facts.Senior, tc.senior) || !slices.Equal(rep.Facts.Licences, tc.licence) {
				t.Errorf("senior %q, licences %q; want %q, %q", rep.Facts.Senior, rep.Facts.Licences, tc.senior, tc.licence)
			}
		})
	}
}

// TestFactsSeniorFromJSONLD checks that a JobPosting's experienceRequirements
// reaches the senior sign the way EMSCAD's required_experience does.
func TestFactsSeniorFromJSONLD(t *testing.T) {
	const page = `<html><head><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"JobPosting","title":"Payments product owner","description":"<p>Salary $250,000 per year.</p>",
"experienceRequirements":"Director"}</script></head><body></body></html>`
	s := newScreener(t, screener.Options{})
	rep, err := s.ScreenHTML(context.Background(), strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Facts.Senior, []string{"Experience: Director"}) {
		t.Errorf("senior %q, want the experience field; text:\n%s", rep.Facts.Senior, rep.Text)
	}
	for _, f := range rep.Findings {
		if f.RuleID == "pay-extreme-for-entry" {
			t.Errorf("pay-extreme-for-entry fired on a Director-level posting")
		}
	}
}
