package education

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// want is the subset of Facts a case pins; every field is checked, so a
// case also says what must NOT be found.
type want struct {
	req, pref         Level
	noDeg, stud, noEx bool
	min, max          float64
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       want
	}{
		// Pakistani call-centre adverts.
		{"no degree required", "Call centre agents needed. No degree required! Salary 80k", want{req: None, noDeg: true}},
		{"degree not required", "Degree is not required, only good English.", want{req: None, noDeg: true}},
		{"without degree", "Job without degree for boys and girls", want{req: None, noDeg: true}},
		{"education no bar", "Education no bar. Night shift.", want{req: None, noDeg: true}},
		{"any qualification", "Any qualification can apply for CSR post", want{req: None, noDeg: true}},
		{"matric inter can apply", "Matric / Inter / under-matric can apply", want{req: None, noDeg: true}},
		{"matric inter or graduate can apply", "Matric, Inter or Graduate can apply.", want{req: Matric, noDeg: true}},
		{"welcome for another credential", "High school certificate; a hospitality diploma is welcome", want{req: Intermediate}},
		{"roman urdu koi degree zaroori nahi", "Koi degree zaroori nahi, bas English aani chahiye", want{req: None, noDeg: true}},
		{"roman urdu degree ki zaroorat nahi", "degree ki zaroorat nahi hai", want{req: None, noDeg: true}},
		{"roman urdu sab apply", "Matric pass larke bhi apply kar sakte hain", want{req: Matric, noDeg: true}},
		{"urdu script taleem shart nahi", "تعلیم کی کوئی شرط نہیں، تنخواہ ایک لاکھ", want{req: None, noDeg: true}},
		{"urdu script arabic yeh", "تعليم کي کوئي شرط نہيں", want{req: None, noDeg: true}},
		{"urdu script without degree", "بغیر ڈگری کے نوکری", want{req: None, noDeg: true}},
		{"students can apply", "Students can apply, part time evening shift", want{stud: true}},
		{"fsc students", "FSc students and 1st year students welcome", want{stud: true}},
		{"2nd year students", "2nd year students required for night shift", want{stud: true}},
		{"talba", "Talba ke liye behtareen mauqa", want{stud: true}},
		{"undergraduates welcome", "Undergraduates welcome to apply.", want{stud: true}},
		{"parhai ke sath", "Parhai ke sath job karein", want{stud: true}},
		{"degree holders and students", "Degree holders and students both can apply", want{req: Bachelor, stud: true}},
		{"no experience required", "No experience required, training will be provided", want{noEx: true}},
		{"freshers welcome", "Freshers welcome! Walk-in interview", want{noEx: true}},
		{"experience not required", "Experience is not required.", want{noEx: true}},
		{"tajurba zaroori nahi", "Tajurba zaroori nahi, training di jayegi", want{noEx: true}},
		{"urdu script experience", "تجربہ کی ضرورت نہیں", want{noEx: true}},
		{"intermediate required", "Qualification: Intermediate (FA/FSc/ICS)", want{req: Intermediate}},
		{"minimum matric", "Minimum qualification Matric. Age 18-30 years.", want{req: Matric}},

		// Indian phrasing.
		{"12th pass", "12th pass freshers can apply, salary 15000", want{req: Intermediate, noDeg: true, noEx: true}},
		{"any graduate", "Any graduate with 1-2 years of experience in BPO", want{req: Bachelor, min: 1, max: 2}},
		{"btech mtech", "B.Tech / M.Tech in CS with 3+ years experience", want{req: Bachelor, min: 3}},
		{"b.e tight", "B.E. or B.Sc with minimum 5 years experience", want{req: Bachelor, min: 5}},

		// US and EMSCAD-style text.
		{"bachelor required master preferred", "Bachelor's degree required; Master's preferred. 2-3 years of experience.", want{req: Bachelor, pref: Master, min: 2, max: 3}},
		{"bachelor preferred only", "Bachelor's degree preferred.", want{pref: Bachelor}},
		{"degree not a must but preferred", "A degree is NOT a must but preferred.", want{req: None, noDeg: true}},
		{"high school diploma", "High school diploma or GED required", want{req: Intermediate}},
		{"mba", "MBA with 5 years of sales experience", want{req: Master, min: 5, max: 5}},
		{"phd", "Ph.D. in Computer Science", want{req: Doctorate}},
		{"months of experience", "At least 24 months experience in customer service", want{min: 2}},
		{"experience colon", "Experience: 2 years", want{min: 2, max: 2}},
		{"upto experience", "Up to 2 years experience", want{min: 0, max: 2}},

		// Traps.
		{"360-degree", "Provide 360-degree customer support and feedback", want{}},
		{"90 degrees", "Rotate 90 degrees", want{}},
		{"ms office", "Good command of MS Office and typing", want{}},
		{"intermediate english", "Intermediate English is enough", want{}},
		{"age not experience", "Age 18-30 years", want{}},
		{"age and experience", "Age: 18-30 years, 2 years experience", want{min: 2, max: 2}},
		{"company history", "We have 20 years of experience in the industry", want{}},
		{"student visa", "We process student visa files", want{}},
		{"ba without cue", "Ba ji ko salam", want{}},
		{"plain ad", "Urgent hiring. Salary 50,000 per month. Call now.", want{}},
		{"a level of", "Work with a level of independence", want{}},
		{"scrum master", "Scrum Master needed", want{}},

		// "graduate" after a school level is that level.
		{"hs graduate als passer", "HS graduate / ALS passer ok", want{req: Intermediate}},
		{"hs graduate", "At least HS graduate", want{req: Intermediate}},
		{"als passer", "ALS passers are qualified to apply", want{req: Intermediate}},
		{"shs graduate", "SHS graduates, K-12 graduates", want{req: Intermediate}},
		{"senior high graduate", "Senior High graduate or 2nd year college level", want{req: Intermediate}},
		{"matric graduate", "Matric graduate boys", want{req: Matric}},
		{"high school pass stays matric", "High school pass boys", want{req: Matric}},
		{"inter pass", "Inter pass girls for reception", want{req: Intermediate}},
		{"k-12 graduate", "K-12 graduate", want{req: Intermediate}},
		{"parenthesis keeps graduates apart", "Intermediate (graduates preferred)", want{pref: Bachelor}},
		{"grade 12 graduate", "Must be a Grade 12 graduate", want{req: Intermediate}},
		{"college graduate still bachelor", "College graduate with good English", want{req: Bachelor}},
		{"graduate alone still bachelor", "Graduate with 2 years experience", want{req: Bachelor, min: 2, max: 2}},

		// "... no bar" in its spellings.
		{"education is no bar", "Education is no bar. Freshers welcome.", want{req: None, noDeg: true, noEx: true}},
		{"qualification no bar", "Qualification no bar, salary 50,000", want{req: None, noDeg: true}},
		{"qualification is no bar", "Qualification is no bar", want{req: None, noDeg: true}},
		{"no bar on education", "There is no bar on education for this post", want{req: None, noDeg: true}},
		{"no education bar", "No education bar", want{req: None, noDeg: true}},

		// Students only when invited or aimed at.
		{"lecturer first-year physics", "We are hiring a lecturer to teach first-year physics", want{}},
		{"first year interns earned", "In their first year most interns earned Rs 60,000", want{}},
		{"clinic serves students", "The clinic serves students of the nearby university", want{}},
		{"teach first-year students", "Lecturer needed to teach first-year students", want{}},
		{"student portal", "Submit the form on the student portal", want{}},
		{"students welcome", "Students welcome", want{stud: true}},
		{"for students", "Part-time job for students", want{stud: true}},
		{"for all students", "Golden chance for all students", want{stud: true}},
		{"1st year students", "1st year students", want{stud: true}},
		{"fsc students alone", "FSc students", want{stud: true}},
		{"talba apply karein", "Talba apply karein", want{stud: true}},
		{"students required", "Students required for evening shift", want{stud: true}},
		{"students are needed", "Students are urgently needed", want{stud: true}},
		{"students housewives can do", "Students, housewives, retired persons can do", want{stud: true}},
		{"students housewives welcome", "Freshers, students & housewives welcome", want{noEx: true, stud: true}},
		{"first year can apply", "First year and second year can apply", want{stud: true}},
		{"urdu talba ke liye", "طلبہ کے لیے نوکری", want{stud: true}},
		{"hiring students", "Hiring students for data entry", want{stud: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(textnorm.New(tc.text))
			got := want{f.Required, f.Preferred, f.NoDegree, f.Students, f.NoExperience, f.MinYears, f.MaxYears}
			if got != tc.want {
				t.Errorf("Extract(%q)\n got %+v\nwant %+v\nevidence %+v", tc.text, got, tc.want, f.Evidence)
			}
		})
	}
}

func TestEvidenceKinds(t *testing.T) {
	d := textnorm.New("No degree required. Students can apply. Freshers welcome. BSc with 2 years experience.")
	f := Extract(d)
	kinds := map[string]string{}
	for _, e := range f.Evidence {
		kinds[e.Kind] = d.Folded[e.Start:e.End]
	}
	for k, text := range map[string]string{
		"no-degree": "no degree required", "students": "students", "no-experience": "freshers",
		"level": "bsc", "experience": "2 years",
	} {
		if kinds[k] != text {
			t.Errorf("evidence %s = %q, want %q (all: %v)", k, kinds[k], text, kinds)
		}
	}
	for i := 1; i < len(f.Evidence); i++ {
		if f.Evidence[i].Start < f.Evidence[i-1].Start {
			t.Fatalf("evidence not in text order: %+v", f.Evidence)
		}
	}
}

func TestFromField(t *testing.T) {
	tests := []struct {
		in   string
		want Level
	}{
		{"High School or equivalent", Intermediate},
		{"Some High School Coursework", Matric},
		{"Bachelor's Degree", Bachelor},
		{"Master's Degree", Master},
		{"Doctorate", Doctorate},
		{"Unspecified", Unknown},
		{"", Unknown},
		{"Associate Degree", Intermediate},
		{"bachelor degree", Bachelor},
		{"postgraduate degree", Master},
		{"MBA or equivalent", Master},
		{"No formal education required", None},
		{"Bachelor’s degree preferred", Bachelor},
		{"Intermediate (graduates preferred)", Bachelor},
		{"HS graduate", Intermediate},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := FromField(tc.in); got != tc.want {
				t.Errorf("FromField(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestLevelString(t *testing.T) {
	if Unknown.String() != "unknown" || Intermediate.String() != "intermediate" || Level(99).String() != "unknown" {
		t.Error("unexpected level names")
	}
}

// TestLexiconCompiles guards the pattern mini-language: every phrase is
// indexed under a first word (lex files a leading optional slot both ways).
func TestLexiconCompiles(t *testing.T) {
	for _, p := range allPatterns() {
		if compile([]pattern{p}).Len() == 0 {
			t.Errorf("pattern %q has no first words", p.text)
		}
	}
}
