package places

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// summary flattens Facts so each case states everything it expects: place
// names, the abroad subset, home, and the signal kinds by list.
type summary struct{ places, abroad, home, signals string }

func summarise(f Facts) summary {
	names := func(ms []Mention) string {
		var s []string
		for _, m := range ms {
			s = append(s, m.Place.Name)
		}
		return strings.Join(s, ",")
	}
	var sig []string
	for _, l := range []struct {
		tag string
		fs  []Finding
	}{{"promise", f.Promises}, {"passport", f.PassportAsk}, {"visit", f.VisitVisa}, {"age", f.AgeLimit}, {"licence", f.LicensedOEP}} {
		for _, x := range l.fs {
			sig = append(sig, l.tag+":"+x.Kind)
		}
	}
	return summary{names(f.Places), names(f.Abroad), f.Home, strings.Join(sig, " ")}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text, hint string
		want             summary
	}{
		// Pakistani adverts for the Gulf and South-East Asia.
		{"gulf list", "Jobs in Dubai, Qatar and Oman. Apply from Lahore.", "", summary{"Dubai,Qatar,Oman,Lahore", "Dubai,Qatar,Oman", "PK", ""}},
		{"visa ticket stay", "Free visa + ticket + accommodation for Saudia", "", summary{"Saudi Arabia", "Saudi Arabia", "", "promise:visa-ticket-stay"}},
		{"saudia ke liye", "Saudia ke liye drivers chahiye, Karachi office", "", summary{"Saudi Arabia,Karachi", "Saudi Arabia", "PK", ""}},
		{"ksa variants", "Urgent for KSA and Kingdom of Saudi Arabia", "", summary{"Saudi Arabia,Saudi Arabia", "Saudi Arabia,Saudi Arabia", "", ""}},
		{"dubai mein job", "Dubai mein job, salary 3000 AED", "PK", summary{"Dubai", "Dubai", "PK", ""}},
		{"urdu script dubai", "دبئی کے لیے ملازمین درکار، پاسپورٹ کی کاپی بھیجیں", "", summary{"Dubai", "Dubai", "", "passport:passport"}},
		{"urdu script pakistan", "پاکستان سے سعودی عرب میں نوکری", "", summary{"Pakistan,Saudi Arabia", "Saudi Arabia", "PK", ""}},
		// CNIC is Pakistan's identity card, so it places the advert there.
		{"passport copy", "Send your passport copy and CNIC on WhatsApp", "", summary{"", "", "PK", "passport:passport"}},
		{"submit passport", "Submit your original passport at the office", "", summary{"", "", "", "passport:passport"}},
		{"passport jama", "Passport jama karwain aur visa lein", "", summary{"", "", "", "passport:passport"}},
		{"no passport needed", "No passport needed, work from home", "", summary{"", "", "", ""}},
		{"passport size photo", "Bring 2 passport size photos", "", summary{"", "", "", ""}},
		{"visit visa", "Visit visa available for Dubai, work permit after arrival", "", summary{"Dubai", "Dubai", "", "visit:visit-visa visit:work-permit-later"}},
		{"visit visa denied", "Candidates do not travel on a visit visa.", "", summary{"", "", "", ""}},
		{"visit visa nahi", "Visit visa nahi, seedha work visa.", "", summary{"", "", "", ""}},
		{"denial six words before", "We do not send anyone on a visit visa.", "", summary{"", "", "", ""}},
		{"nahi four words after", "Hum visit visa par koi banda nahi bhejte.", "", summary{"", "", "", ""}},
		{"denial of another clause", "No fee, visit visa now and work permit after arrival.", "", summary{"", "", "", "visit:visit-visa visit:work-permit-later"}},
		{"convert visa", "Will convert to work visa after 3 months", "", summary{"", "", "", "visit:work-permit-later"}},
		{"age range", "Age 18-30 years, males only", "", summary{"", "", "", "age:age"}},
		{"age limit", "Age limit: 35", "", summary{"", "", "", "age:age"}},
		{"umar", "Umar 20 se 35 saal", "", summary{"", "", "", "age:age"}},
		{"age no bar", "Age no bar", "", summary{"", "", "", ""}},
		{"oep licence", "OEP Licence No. 1234/RWP, Protector fee as per govt", "", summary{"", "", "", "licence:oep-licence"}},
		{"be&oe", "Licensed by BE&OE", "", summary{"", "", "", "licence:oep-licence"}},
		{"company bears expenses", "Jobs in Malaysia. Company will bear all expenses. Free food.", "", summary{"Malaysia", "Malaysia", "", "promise:all-expenses promise:free-food"}},
		{"free accommodation", "Work in Qatar. Free accommodation and transport provided", "", summary{"Qatar", "Qatar", "", "promise:free-accommodation"}},
		// Rooms, meals and pick-and-drop are ordinary perks of local jobs.
		{"local perks are not relocation", "Free accommodation and transport provided. Free pick and drop.", "", summary{"", "", "", ""}},
		{"free visa needs no destination", "Free visa and free air ticket, free food", "", summary{"", "", "", "promise:free-visa promise:free-ticket"}},
		{"countries line is a destination", "Countries: Cambodia, Laos\nFREE room", "", summary{"Cambodia,Laos", "Cambodia,Laos", "", "promise:free-accommodation"}},

		// Scam-compound destinations.
		{"thailand mae sot", "Data entry job in Thailand (Mae Sot), salary $1200", "", summary{"Thailand,Mae Sot", "Thailand,Mae Sot", "", ""}},
		{"kk park", "Hiring for KK-Park, Myawaddy", "", summary{"KK Park,Myawaddy", "KK Park,Myawaddy", "", ""}},
		{"golden triangle", "Customer service work in the Golden Triangle SEZ, Laos", "", summary{"Golden Triangle,Laos", "Golden Triangle,Laos", "", ""}},
		{"cambodia ke liye", "Cambodia ke liye staff chahiye, umar 20 se 35", "", summary{"Cambodia", "Cambodia", "", "age:age"}},
		{"sihanoukville based", "Sihanoukville based company needs typists", "", summary{"Sihanoukville", "Sihanoukville", "", ""}},
		{"travel to phnom penh", "You will travel to Phnom Penh after selection", "", summary{"Phnom Penh", "Phnom Penh", "", ""}},

		// Indian phrasing.
		{"indian ra licence", "RA Licence No. B-0123/DEL/PER/1000+/5/8765/2020. Jobs in Kuwait", "", summary{"Kuwait", "Kuwait", "", "licence:in-ra-licence"}},
		{"bare ra number", "B-0123/DEL/PER/1000+/5/8765/2020 jobs in Oman", "", summary{"Oman", "Oman", "", "licence:in-ra-licence"}},
		{"indian home by currency", "Work in Bangkok, salary 50,000 INR per month", "", summary{"Bangkok", "Bangkok", "IN", ""}},
		{"indian city home", "Walk-in at Noida. Jobs in Myanmar.", "", summary{"Noida,Myanmar", "Myanmar", "IN", ""}},
		{"emigrate", "Registered on eMigrate", "", summary{"", "", "", "licence:in-ra-licence"}},

		// Philippines.
		{"ph pogo home", "Hiring in Pasay, Manila based", "PH", summary{"Pasay,Manila", "", "PH", ""}},
		{"ph dmw licence", "DMW License No. 123-LB-2024. Deployment to Doha", "", summary{"Doha", "Doha", "", "licence:ph-licence"}},
		{"filipino demonym", "Filipino workers needed in Bamban", "", summary{"Bamban", "", "PH", ""}},

		// Traps.
		{"woman", "A woman from a good family", "", summary{"", "", "", ""}},
		{"laos inside word", "Chaoslaos is not a place", "", summary{"", "", "", ""}},
		{"uk in ukhano", "Ukhano road shop", "", summary{"", "", "", ""}},
		{"us pronoun", "Join us today, call us", "", summary{"", "", "", ""}},
		{"us clients", "Night shift for US clients and UK process", "", summary{"United Kingdom", "", "", ""}},
		{"head office in dubai", "Our head office in Dubai. Work from Lahore.", "", summary{"Dubai,Lahore", "", "PK", ""}},
		{"clients in usa", "We serve clients in the USA", "", summary{"United States", "", "", ""}},
		{"u.s. dotted", "Relocate to the U.S. with sponsorship", "", summary{"United States", "United States", "", ""}},
		{"u s spaced", "u s", "", summary{"", "", "", ""}},
		{"home same country", "Jobs in Karachi", "PK", summary{"Karachi", "", "PK", ""}},
		{"hint lower case", "Jobs in Lahore", "pk", summary{"Lahore", "", "PK", ""}},

		// Home from the first home-country place, even when it is offered
		// as the workplace, as long as no foreign destination comes first.
		{"jobs in lahore home", "Call centre jobs in Lahore. Salary Rs. 1,00,000", "", summary{"Lahore", "", "PK", ""}},
		{"riders needed karachi", "RIDERS NEEDED – KARACHI", "", summary{"Karachi", "", "PK", ""}},
		{"anywhere in pakistan", "Work from home anywhere in Pakistan", "", summary{"Pakistan", "", "PK", ""}},
		{"lahore then dubai", "Call centre jobs in Lahore and Dubai", "", summary{"Lahore,Dubai", "Dubai", "PK", ""}},
		{"home place then foreign job", "Karachi based agency. Jobs in Dubai for drivers", "", summary{"Karachi,Dubai", "Dubai", "PK", ""}},
		{"foreign destination first", "Jobs in Dubai and Lahore", "", summary{"Dubai,Lahore", "Dubai,Lahore", "", ""}},
		{"indian city as workplace", "Data entry jobs in Pune, salary 20000", "", summary{"Pune", "", "IN", ""}},
		{"ph city as workplace", "Hiring CSR in Cebu", "", summary{"Cebu", "", "PH", ""}},
		{"clue beats other home country destination", "Call centre jobs in Manila. Call +92 300 1234567", "", summary{"Manila", "Manila", "PK", ""}},
		{"clue agrees with home place", "Jobs in Lahore, WhatsApp 0300-1234567", "", summary{"Lahore", "", "PK", ""}},

		// Home from strong local clues when no place gives it.
		{"clue +92", "Jobs in Dubai. Call +92 300 1234567", "", summary{"Dubai", "Dubai", "PK", ""}},
		{"clue +92 joined", "Contact +923001234567 for details", "", summary{"", "", "PK", ""}},
		{"clue 0092", "Contact 0092-300-1234567", "", summary{"", "", "PK", ""}},
		{"clue 03xx", "WhatsApp: 0312-6649301", "", summary{"", "", "PK", ""}},
		{"clue 03xx joined", "Call 03001234567 now", "", summary{"", "", "PK", ""}},
		{"clue 03xx spaced", "Call 0300 1234567 now", "", summary{"", "", "PK", ""}},
		{"clue jazzcash", "Daily payment in JazzCash / Easypaisa", "", summary{"", "", "PK", ""}},
		{"clue jazz cash spaced", "Paid by Jazz Cash", "", summary{"", "", "PK", ""}},
		{"clue cnic", "Send CNIC copy for registration", "", summary{"", "", "PK", ""}},
		{"clue rs roman urdu", "Tankhwah Rs 40,000, jaldi rabta karein", "", summary{"", "", "PK", ""}},
		{"clue rs urdu script", "Salary Rs 40000 ماہانہ", "", summary{"", "", "PK", ""}},
		{"clue +91", "Call HR on +91 98765 43210", "", summary{"", "", "IN", ""}},
		{"clue upi", "Pay the registration fee by UPI or Paytm", "", summary{"", "", "IN", ""}},
		{"clue aadhaar", "Aadhaar card mandatory", "", summary{"", "", "IN", ""}},
		{"clue rupee sign", "Earn ₹25,000 weekly", "", summary{"", "", "IN", ""}},
		{"clue lpa", "CTC 4.5 LPA", "", summary{"", "", "IN", ""}},
		{"clue +63", "Text +63 917 482 6630", "", summary{"", "", "PH", ""}},
		{"clue peso sign", "Salary ₱45,000 monthly", "", summary{"", "", "PH", ""}},
		{"clue dole", "DOLE registered agency", "", summary{"", "", "PH", ""}},
		{"clue peza", "PEZA accredited site", "", summary{"", "", "PH", ""}},
		{"clue with foreign job", "Jobs in Dubai, pay fee via JazzCash", "", summary{"Dubai", "Dubai", "PK", ""}},
		{"first clue wins", "Call +91 98765 43210 or JazzCash", "", summary{"", "", "IN", ""}},
		{"hint beats clue", "Call +92 300 1234567", "IN", summary{"", "", "IN", ""}},
		{"no clue dole lower", "He is on the dole", "", summary{"", "", "", ""}},
		{"no clue rs hindi", "Salary Rs 15000, ghar baithe kaam karein", "", summary{"", "", "", ""}},
		{"no clue short number", "Call 0300 now, 92 seats left, +92", "", summary{"", "", "", ""}},
		{"no clue indian mobile", "Call 09876543210", "", summary{"", "", "", ""}},

		// Destinations after job, service and deployment words.
		{"customer service in cambodia", "Customer service in Cambodia", "", summary{"Cambodia", "Cambodia", "", ""}},
		{"customer service jobs in cambodia", "Customer service jobs in Cambodia", "", summary{"Cambodia", "Cambodia", "", ""}},
		{"deployment to branch", "Chance for deployment to our Cambodia / Laos branch", "", summary{"Cambodia,Laos", "Cambodia,Laos", "", ""}},
		{"typing job in myawaddy", "Typing job in Myawaddy, free visa", "", summary{"Myawaddy", "Myawaddy", "", "promise:free-visa"}},
		{"work in sihanoukville", "Work in Sihanoukville for a gaming company", "", summary{"Sihanoukville", "Sihanoukville", "", ""}},
		{"role in", "The role in Dubai pays well", "", summary{"Dubai", "Dubai", "", ""}},
		{"openings in", "Openings in Doha for cooks", "", summary{"Doha", "Doha", "", ""}},
		{"posted at site", "You will be posted at the Phnom Penh site", "", summary{"Phnom Penh", "Phnom Penh", "", ""}},
		{"transfer to branch in", "Transfer to our branch in Bangkok after training", "", summary{"Bangkok", "Bangkok", "", ""}},
		{"customer service title", "Customer Service Dubai", "", summary{"Dubai", "Dubai", "", ""}},
		{"head office then role", "Our head office is in Dubai; this role is based in Karachi.", "", summary{"Dubai,Karachi", "", "PK", ""}},
		{"support us clients", "You will support our US clients from our Lahore office.", "", summary{"Lahore", "", "PK", ""}},
		{"tourists from thailand", "Our clients include tourists from Thailand.", "", summary{"Thailand", "", "", ""}},
		{"our service in dubai", "Our service in Dubai is the best", "", summary{"Dubai", "", "", ""}},
		{"branch in dubai", "We have a branch in Dubai", "", summary{"Dubai", "", "", ""}},
		{"assigned to clients", "You will be assigned to our UK clients", "", summary{"United Kingdom", "", "", ""}},
		{"customer support for clients in", "Customer support jobs for our clients in the UK", "", summary{"United Kingdom", "", "", ""}},
		{"send cv to office", "Send your CV to our Dubai office", "", summary{"Dubai", "", "", ""}},
	}
	g := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := textnorm.New(tc.text)
			got := summarise(g.Extract(d, tc.hint))
			if got != tc.want {
				t.Errorf("Extract(%q)\n got %+v\nwant %+v", tc.text, got, tc.want)
			}
		})
	}
}

func TestHubNotes(t *testing.T) {
	f := Default().Extract(textnorm.New("Jobs in Shwe Kokko"), "")
	if len(f.Abroad) != 1 || !f.Abroad[0].Place.Hub || f.Abroad[0].Place.Note == "" || f.Abroad[0].Place.Country != "MM" {
		t.Fatalf("want Shwe Kokko as a Myanmar hub with a note, got %+v", f.Abroad)
	}
}

func TestSpansPointAtText(t *testing.T) {
	d := textnorm.New("Free visa for Cambodia. Send passport copy.")
	f := Default().Extract(d, "")
	if got := d.Folded[f.Places[0].Start:f.Places[0].End]; got != "cambodia" {
		t.Errorf("place span = %q", got)
	}
	if got := d.Folded[f.PassportAsk[0].Start:f.PassportAsk[0].End]; got != "send passport copy" {
		t.Errorf("passport span = %q", got)
	}
}
