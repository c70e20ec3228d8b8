package education

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// nurseAdvert is an honest US hospital advert: high hourly pay, no degree
// named, but a registered nurse's licence asked for.
const nurseAdvert = `RN – Med/Surg, nights (36 hrs/week)

$44–$52/hr depending on experience, plus a $5,000 sign-on bonus paid over the first year. Active Ohio RN license and BLS required; one year of acute care experience preferred.

Apply online: careers.lakeerie-health.org/jobs/48213. Riverside Medical Center, 1200 Lakeshore Blvd, Toledo, OH. EOE.`

func TestSenior(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"senior title", "Senior Accountant\nSalary $9,000 a month", true},
		{"sr. title", "Sr. Software Engineer – Lahore", true},
		{"vp of product", "VP of Product\nWe build tools for schools.", true},
		{"vice president", "Vice President, Risk", true},
		{"head of", "Head of Sales – Karachi", true},
		{"cfo", "Chief Financial Officer (CFO)", true},
		{"lead developer", "Lead Developer (Go)", true},
		{"team lead", "Team Lead – Customer Success", true},
		{"director title", "Director of Engineering", true},
		{"mid-senior field", "Product Designer\nExperience: Mid-Senior level\nWe design apps.", true},
		{"director field", "Product Designer\nLocation: US, NY\nExperience: Director\n\nWe design apps.", true},
		{"executive field", "Office Coordinator\nExperience: Executive\n\nWe run offices.", true},
		{"seniority level field", "Designer\nSeniority level: Director", true},
		{"composed listing without title", "Company: Lead Builders Ltd\nExperience: Entry level\n\nData entry operator needed.", false},

		{"manager is no rank", "Agency Sales Managers $150-$175,000/yr", false},
		{"executive in a title is no rank", "Customer Service Executive\nSalary 1 lakh per month", false},
		{"leading company", "A leading company needs data entry staff\nEarn $500 a week", false},
		{"seniority", "Seniority-based pay rises for agents", false},
		{"lead generation", "Lead Generation Specialist – work from home", false},
		{"senior care", "Senior Care Companion (part-time)", false},
		{"senior high school", "Senior High School Teacher", false},
		{"assistant to the director", "Assistant to the Director – $4,000 a month", false},
		{"pa to ceo", "PA to CEO, earn $900 a week", false},
		{"be your own ceo", "Be Your Own CEO – earn $5,000 a week", false},
		{"junior lead", "Junior Lead Engineer", false},
		{"head office", "Head Office Staff Required", false},
		{"rank in the body only", "Call centre agents\nYou will report to our senior team lead.", false},
		{"one long paragraph", "Earn up to $5,000 a week from home, no experience needed, our senior team will train you, " +
			"just reply with your name and number and we will add you to the group today", false},
		{"negated", "Not a senior post: typist wanted", false},
		{"warning", "Beware of fake Senior Manager offers on WhatsApp", false},
		{"experience field mid-sentence", "Data entry\nExperience: Senior staff will train you.", false},
		{"director word in a sentence", "Data entry\nThe director will call you.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := textnorm.New(tc.text)
			f := Extract(d)
			if f.Senior != tc.want {
				t.Errorf("Extract(%q).Senior = %v, want %v; evidence %s", tc.text, f.Senior, tc.want, spans(d, f))
			}
			if f.Licensed {
				t.Errorf("Extract(%q).Licensed = true; evidence %s", tc.text, spans(d, f))
			}
		})
	}
}

func TestLicensed(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"nurse advert", nurseAdvert, true},
		{"rn in the title", "RN – ICU nights", true},
		{"mbbs with pmdc registration", "Medical Officer\nMBBS with valid PMDC registration.", true},
		{"dha licence", "Staff nurses for Dubai. DHA license holders only.", true},
		{"cpa required", "Accountant\nCPA required, 2 years in audit.", true},
		{"acca member", "Finance lead\nACCA member with audit background", true},
		{"chartered accountant", "Must be a chartered accountant (ICAP).", true},
		{"class a cdl", "Truck drivers needed\nClass A CDL, clean record. $1,800/week.", true},
		{"cdl-a", "OTR driver, CDL-A required", true},
		{"no accidents and a cdl", "Three years with no accidents and a Class A CDL.", true},
		{"help you get home", "Class A CDL required. We help you get home every weekend.", true},
		{"pe license", "Structural engineer, PE license required", true},
		{"pakistan engineering council", "Site engineer registered with Pakistan Engineering Council", true},
		{"saudi council of engineers", "Saudi Council of Engineers membership required", true},
		{"state bar", "Associate attorney; member of the State Bar of California", true},
		{"must be a registered nurse", "Home health visits. Must be a registered nurse.", true},
		{"licensed pharmacist required", "Pharmacy\nLicensed pharmacist required for night shift", true},
		{"nclex", "NCLEX passers welcome to apply for Saudi", true},

		{"cpa preferred", "Bookkeeper\nCPA preferred, not required.", false},
		{"acca students", "ACCA students can apply for internship", false},
		{"non-cdl", "Non-CDL box truck drivers, $900/week", false},
		{"cdl training", "No CDL? No problem – paid CDL training.", false},
		{"will help you get one", "Don't have your CDL yet? That's OK, we will help you get one.", false},
		{"help you get in the next sentence", "CDL drivers wanted. We will help you get it.", false},
		{"help you get your licence", "We will help you get your RN license.", false},
		{"insurance agent", "Licensed Life Insurance Agent\nNot licensed? that's OK we will help you get one.", false},
		{"driving licence", "Driver for Saudi Arabia. Valid driving licence required.", false},
		{"driver's license", "Delivery rider. Driver's license and own bike required.", false},
		{"no licence needed", "No license needed, no experience needed.", false},
		{"cdl not required", "Yard jockey; CDL not required.", false},
		{"roman urdu negated", "PEC registration zaroori nahi", false},
		{"warning", "Beware of agents who sell fake DHA licences for a fee.", false},
		{"colleague", "Caregiver\nAssist the registered nurses with patient care.", false},
		{"cpa marketing", "CPA marketing offers – earn $500 daily", false},
		{"dha address", "Office in DHA Phase 6, Karachi", false},
		{"website pe registration", "Website pe registration karein, fee 500", false},
		{"bar licence", "Bartender for a bar licensed till 2 am", false},
		{"cpa office", "Receptionist\nAny background working in a CPA office would be helpful.", false},
		{"outside cpa firm", "Payroll clerk\nCoordinate with our outside CPA firm.", false},
		{"cpa studies", "Assistant accountant\nYou must have commenced your CA or CPA studies.", false},
		{"as well as attorneys", "Receptionist\nCommunicate with vendors as well as attorneys and paralegals.", false},
		{"as a licensed attorney", "Legal counsel\nYou will serve as a licensed attorney for our clients.", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := textnorm.New(tc.text)
			f := Extract(d)
			if f.Licensed != tc.want {
				t.Errorf("Extract(%q).Licensed = %v, want %v; evidence %s", tc.text, f.Licensed, tc.want, spans(d, f))
			}
		})
	}
}

// TestRoleEvidence checks that the new signs carry their spans and leave
// the other facts alone.
func TestRoleEvidence(t *testing.T) {
	d := textnorm.New(nurseAdvert)
	f := Extract(d)
	var got []string
	for _, e := range f.Evidence {
		if e.Kind == "senior" || e.Kind == "licence" {
			got = append(got, e.Kind+":"+d.Folded[e.Start:e.End])
		}
	}
	want := []string{"licence:rn", "licence:rn license"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("evidence %q, want %q", got, want)
	}
	if f.Required != Unknown || f.NoDegree || f.Senior {
		t.Errorf("nurse advert: %+v", f)
	}
}

func spans(d *textnorm.Doc, f Facts) []string {
	var out []string
	for _, e := range f.Evidence {
		out = append(out, e.Kind+":"+d.Folded[e.Start:e.End])
	}
	return out
}
