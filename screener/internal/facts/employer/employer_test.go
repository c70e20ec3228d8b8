package employer

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func kinds(d *textnorm.Doc, fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind+"="+d.Folded[f.Start:f.End])
	}
	return strings.Join(out, "; ")
}

// render states the facts a table row checks, skipping empty ones.
func render(d *textnorm.Doc, f Facts) string {
	var out []string
	add := func(k, v string) {
		if v != "" {
			out = append(out, k+"["+v+"]")
		}
	}
	add("name", f.Name)
	add("form", f.LegalForm)
	add("reg", kinds(d, f.Registrations))
	add("vague", kinds(d, f.Vague))
	add("addr", kinds(d, f.Address))
	add("landmark", kinds(d, f.LandmarkOnly))
	add("web", kinds(d, f.Website))
	if f.DomainMatch {
		add("domain", "match")
	}
	add("off", kinds(d, f.OffName))
	add("brand", kinds(d, f.Brands))
	if f.BrandEmailMismatch {
		add("brand", "mismatch")
	}
	return strings.Join(out, " ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, company, text, want string
		domains                   []string
	}{
		{"pvt ltd in text", "", "Nexa Call Solutions (Pvt) Ltd. is hiring agents.", "name[Nexa Call Solutions (Pvt) Ltd.] form[Private Limited]", nil},
		{"private limited", "", "XYZ Technologies Private Limited requires developers", "name[XYZ Technologies Private Limited] form[Private Limited]", nil},
		{"inc", "", "Acme Inc. is an equal opportunity employer", "name[Acme Inc.] form[Inc]", nil},
		{"llc dubai", "", "Join Gulf Star Trading LLC in Dubai", "name[Gulf Star Trading LLC] form[LLC]", nil},
		{"fz-llc", "", "Bluewave Media FZ-LLC, Dubai Media City", "name[Bluewave Media FZ-LLC] form[FZ-LLC]", nil},
		{"fze", "", "Orion Logistics FZE needs drivers", "name[Orion Logistics FZE] form[FZE]", nil},
		{"wll qatar", "", "Al Noor Contracting W.L.L is hiring", "name[Al Noor Contracting W.L.L] form[WLL]", nil},
		{"sdn bhd", "", "Kuala Tech Sdn Bhd vacancy", "name[Kuala Tech Sdn Bhd] form[Sdn Bhd]", nil},
		{"gmbh", "", "Muller Logistik GmbH sucht Fahrer", "name[Muller Logistik GmbH] form[GmbH]", nil},
		{"group no legal form", "", "Careers at Sapphire Group are open", "name[Sapphire Group]", nil},
		{"corporation", "", "Pacific Star Corporation hiring in Makati", "name[Pacific Star Corporation] form[Corporation]", nil},
		{"llp india", "", "Sharma & Sons LLP, Pune", "name[Sharma & Sons LLP] form[LLP]", nil},
		{"limited seats not a name", "", "Hurry! Limited seats available", "", nil},
		{"lowercase ltd is not a name", "", "apply to a pvt ltd company now", "", nil},
		{"join heading", "", "Join Systems Limited\nWe build software.", "name[Systems Limited] form[Limited]", nil},
		{"about heading", "", "About Arbisoft\nWe are a team.", "name[Arbisoft]", nil},
		{"about us is no name", "", "About Us\nWe are hiring.", "", nil},
		{"company field", "", "Company: Meezan Traders\nRole: Accountant", "name[Meezan Traders]", nil},
		{"confidential field", "", "Company: Confidential\nRole: CSR", "vague[confidential=company: confidential]", nil},
		{"company param", "Nexa Call Solutions", "Nexa Call Solutions needs agents", "name[Nexa Call Solutions]", nil},
		{"company param with form", "ABC Solutions (Pvt.) Ltd.", "Agents needed", "name[ABC Solutions (Pvt.) Ltd.] form[Private Limited]", nil},
		{"software house", "", "A software house in Lahore needs interns", "vague[somewhere=a software house in lahore]", nil},
		{"mnc", "", "Jobs in MNC for fresh graduates", "vague[mnc=mnc]", nil},
		{"reputed company", "", "A reputed company requires staff", "vague[reputed=a reputed company]", nil},
		{"well known call centre", "", "Well-known call centre hiring", "vague[reputed=well-known call centre]", nil},
		{"our client", "", "Our client, a bank, needs tellers", "vague[our-client=our client]", nil},
		{"call center alone", "", "Call center jobs for students", "vague[call-center=call center]", nil},
		{"call center with name", "", "Nexa Solutions (Pvt) Ltd call center jobs", "name[Nexa Solutions (Pvt) Ltd] form[Private Limited]", nil},
		{"secp number", "", "SECP Registration No. 0123456", "reg[secp=registration no. 0123456]", nil},
		{"secp claim", "", "We are registered with SECP and PSEB.", "reg[secp-claim=registered with secp]", nil},
		{"ntn", "", "NTN: 1234567-8", "reg[ntn=ntn: 1234567-8]", nil},
		{"cin", "", "CIN L12345MH2000PLC123456", "reg[cin=l12345mh2000plc123456]", nil},
		{"gstin", "", "GSTIN 27ABCDE1234F1Z5", "reg[gstin=27abcde1234f1z5]", nil},
		{"oep licence", "", "Overseas Employment Promoter Licence No. 1234/RWP", "reg[oep=licence no. 1234/rwp]", nil},
		{"dmw licence", "", "DMW License No. DMW-123-LB-03012023-R", "reg[dmw=license no. dmw-123-lb-03012023-r]", nil},
		{"trade licence", "", "Trade Licence # 765432", "reg[trade-licence=licence # 765432]", nil},
		{"driving licence no number", "", "Driving licence no. required", "", nil},
		{"registration without no.", "", "Ministry of Commerce registration 00031457", "reg[registration=registration 00031457]", nil},
		{"licence code without no.", "", "hotel licence HT-0912", "reg[licence=licence ht-0912]", nil},
		{"lahore office address", "", "Office 12, 3rd Floor, Al-Hafeez Plaza, Gulberg III, Lahore",
			"addr[office=office 12, 3rd floor, al-hafeez plaza, gulberg iii, lahore]", nil},
		{"us street", "", "Visit us at 123 Main St, Springfield", "addr[street=123 main st]", nil},
		{"suite", "", "Suite 200, Business Bay, Dubai", "addr[office=suite 200, business bay, dubai]", nil},
		{"cambodian sangkat", "", "Office: No. 12, Street 271, Sangkat Boeung Tumpun, Phnom Penh",
			"addr[office=street 271, sangkat boeung tumpun, phnom penh]", nil},
		{"landmark only", "", "Interview near Kalma Chowk, 2nd floor", "landmark[landmark=near kalma chowk]", nil},
		{"landmark and a floor are no address", "", "Office: near Kalma Chowk, above the bakery, 2nd floor, Lahore",
			"landmark[landmark=near kalma chowk; landmark=above the bakery]", nil},
		{"floor with a plaza is an address", "", "Office: 2nd floor, Al-Noor Plaza, near Kalma Chowk, Lahore",
			"addr[office=2nd floor, al-noor plaza, near kalma chowk, lahore]", nil},
		{"plot in an industrial area", "", "Office: Plot 27, M-10, Mussafah Industrial Area",
			"addr[office=plot 27, m-10, mussafah industrial area]", nil},
		{"floor and commercial plot", "", "Rabta: Ilm Ghar office, 2nd floor, 88-C Commercial, Johar Town (near Emporium Mall)",
			"addr[office=2nd floor, 88-c commercial]", nil},
		{"plot with a city", "", "Kaveri Polymers, Plot 118, GIDC Vatva, Ahmedabad", "addr[office=plot 118, gidc vatva, ahmedabad]", nil},
		{"shop and lane", "", "Shop 4, Bukhari Commercial Lane 6, DHA Phase 6, Karachi",
			"addr[office=shop 4, bukhari commercial lane 6, dha phase 6, karachi]", nil},
		{"house number", "", "Interview at House No. 14, Street 9, F-8/3, Islamabad", "addr[office=house no. 14, street 9, f-8/3, islamabad]", nil},
		{"an industrial area and a city are no address", "", "Factory jobs in Quaid-e-Azam Industrial Estate, Lahore", "", nil},
		{"a plot of a story is no address", "", "Writers wanted to plot stories for our Lahore studio", "", nil},
		{"shop hours are no address", "", "Work in our shop 5 days a week in Lahore", "", nil},
		{"above the market rate is no landmark", "", "Salary above the market rate", "", nil},
		{"roman urdu landmark", "", "Liberty chowk ke paas office", "landmark[landmark=liberty chowk ke paas]", nil},
		{"website matches name", "", "Nexa Call Solutions (Pvt) Ltd - apply at www.nexacallsolutions.com.pk",
			"name[Nexa Call Solutions (Pvt) Ltd] form[Private Limited] web[website=www.nexacallsolutions.com.pk] domain[match]", nil},
		{"short domain matches", "Nexa Call Solutions", "Send CV to hr@nexa.pk", "name[Nexa Call Solutions] domain[match]", nil},
		{"initials match", "The Resource Group", "Apply", "name[The Resource Group] domain[match]", []string{"trg.com.pk"}},
		{"gmail does not match", "Nexa Call Solutions", "Send CV to nexacall@gmail.com", "name[Nexa Call Solutions]", nil},
		{"job board not website", "", "Apply on rozee.pk", "", nil},
		{"brand free mail", "", "Amazon is hiring work from home staff. Email amazon.hr.jobs@gmail.com",
			"brand[amazon=amazon; amazon=amazon] brand[mismatch]", nil},
		{"brand own domain", "", "Teleperformance is hiring. Apply at careers.teleperformance.com", "web[website=careers.teleperformance.com] brand[teleperformance=teleperformance; teleperformance=teleperformance]", nil},
		{"brand whatsapp", "", "Jazz franchise jobs, WhatsApp 0300-1234567", "brand[jazz=jazz] brand[mismatch]", nil},
		{"brand as tool", "", "Must know Google Sheets and Microsoft Excel", "", nil},
		{"uae is not emirates airline", "", "Jobs in United Arab Emirates", "", nil},
		{"brand mentioned, not hiring", "", "Our engineers are ex Google, Amazon and Facebook. Chat with us on WhatsApp.",
			"brand[google=google; amazon=amazon; facebook=facebook]", nil},
		{"brand as a skill", "", "Experience with Amazon Web Services. Send CV to jobs@kestrelledger.com",
			"brand[amazon=amazon]", nil},
		{"brand client list", "", "Clients such as Google and Microsoft. Email hr.team@gmail.com", "brand[google=google; microsoft=microsoft]", nil},
		{"hiring for brand", "", "Urgent hiring for Amazon, call 0300-1234567 on WhatsApp", "brand[amazon=amazon] brand[mismatch]", nil},
		{"brand mailbox on free mail", "", "Work from home: send your CV to amazon.careers.desk@yahoo.com",
			"brand[amazon=amazon] brand[mismatch]", nil},
		{"brand without contact", "", "Experience at Infosys preferred", "brand[infosys=infosys]", nil},
		// Names without a legal form, as job boards and profiles write them.
		{"comma before inc", "", "Staff SRE\nLarkspur Analytics, Inc. · Denver, CO", "name[Larkspur Analytics, Inc.] form[Inc]", nil},
		{"comma before llc", "", "Harbor Freight Movers, LLC is hiring drivers", "name[Harbor Freight Movers, LLC] form[LLC]", nil},
		{"stop word inside a name", "", "Pacific Harborline Contact Solutions, Inc. is a BPO", "name[Pacific Harborline Contact Solutions, Inc.] form[Inc]", nil},
		{"stop word opening a name", "", "Contact Nexa Traders Ltd for details", "name[Nexa Traders Ltd] form[Limited]", nil},
		{"co comma inc", "", "ABC Supply Co., Inc. is the largest distributor", "name[ABC Supply Co., Inc.] form[Inc]", nil},
		{"comma plc is not a form", "", "Product Development Engineer, PLC programming", "", nil},
		{"profile is a", "", "Title\n\nAbout the company:\nFood52 is a cooking site.", "name[Food52]", nil},
		{"profile we're", "", "Title\n\nAbout the company:\nWe're Food52, and we've built a cooking site.", "name[Food52]", nil},
		{"profile we are", "", "About the company:\nWe are Mutual Mobile. We build apps.", "name[Mutual Mobile]", nil},
		{"profile founded in", "", "About the company:\nFounded in 2009, Green Street Advisors builds research tools.", "name[Green Street Advisors]", nil},
		{"profile was founded", "", "About the company:\nTrident Systems was founded in 1985.", "name[Trident Systems]", nil},
		{"profile comma formerly", "", "About the company:\nNovitex Enterprise Solutions, formerly Pitney Bowes Management Services, delivers services.", "name[Novitex Enterprise Solutions]", nil},
		{"profile possessive", "", "About the company:\nAirenvy’s mission is to make hosting easy.", "name[Airenvy]", nil},
		{"profile ampersand", "", "About the company:\nFelsburg Holt &amp; Ullevig is a consulting firm.", "name[Felsburg Holt &amp; Ullevig]", nil},
		{"profile heading inline", "", "COMPANY OVERVIEW: ChimeNet is a data networking provider.", "name[ChimeNet]", nil},
		{"profile who is", "", "About the company:\nWho is Ramberg Associates? A recruiter.", "name[Ramberg Associates]", nil},
		{"profile we are a leading company", "", "About the company:\nWe are a leading company in Lahore.", "vague[reputed=a leading company]", nil},
		{"profile growing company", "", "About the company:\nGrowing event production company providing staging.", "", nil},
		{"profile everyone", "", "About the company:\nEveryone has a story to tell.", "", nil},
		{"profile the company", "", "About the company:\nThe Company is a leader in logistics.", "", nil},
		{"at acme we", "", "At Acme Robotics, we build arms for factories.", "name[Acme Robotics]", nil},
		{"at this time", "", "At this time, we are hiring agents.", "", nil},
		{"at place is not a name", "", "Interview at Gulberg Office, we will call you.", "", nil},
		{"join the team at", "", "Come and join the team at Shapeways!", "name[Shapeways]", nil},
		{"join our team", "", "Join our team today and earn more.", "", nil},
		{"join now", "", "Join Now! Earn daily.", "", nil},
		{"about the role", "", "About the role\nYou will answer calls.", "", nil},
		{"is hiring", "", "Cylance is looking for expert researchers.", "name[Cylance]", nil},
		{"is hiring mid-sentence", "", "Help with Copy Services is hiring needs.", "", nil},
		{"we are hiring", "", "We are hiring agents for night shift.", "", nil},
		{"our company is hiring", "", "Our Company is hiring agents.", "", nil},
		{"glued we", "", "Customer Service SpecialistWe are looking for talented people.", "", nil},
		{"is a company", "", "GBI is a growing company developing trading systems.", "name[GBI]", nil},
		{"brand is hiring", "", "Amazon is hiring work from home staff.", "brand[amazon=amazon]", nil},
		{"work with a person", "", "Work with Rohan on our sales desk.", "", nil},
		{"about a city", "", "About Dubai\nVisa and ticket free.", "", nil},
		{"in acme we", "", "In Monospace, we like to keep it simple.", "name[Monospace]", nil},
		{"in a city we", "", "In Qatar.Should you need a visa, we help.", "", nil},
		{"hiring at", "", "We are hiring at Nexa Traders!", "name[Nexa Traders]", nil},
		{"profile person", "", "About the company:\nAnthony Warren is a marketing and advertising consultant.", "", nil},
		{"profile company of consultants", "", "About the company:\nRamberg Associates is a firm of consultants.", "name[Ramberg Associates]", nil},
		{"profile lower-case brand", "", "About the company:\nreEmbedit provides a video player.", "name[reEmbedit]", nil},
		{"profile lower-case word", "", "About the company:\nsoftware is eating the world.", "", nil},
		{"profile opening clause", "", "About the company:\nBased in Hoxton, London, Forward Partners are a startup catalyst.", "name[Forward Partners]", nil},
		{"profile clause third-person verb", "", "About the company:\nFounded in 2009 by early engineers, PeopleLinx gamifies engagement.", "name[PeopleLinx]", nil},
		{"profile glued sentence", "", "About the company:\nThanks for visiting. Please apply to the positions.Cequens is a carrier.", "name[Cequens]", nil},
		{"profile glued adverb", "", "About the company:\nWe love data. We work hard.Together, we measure the web.", "", nil},
		{"not limited is no legal form", "", "DUTIES INCLUDE BUT ARE NOT LIMITED TO filing.", "", nil},
		{"work at home", "", "Work at Home! Earn 5000 daily.", "", nil},
		// Registration numbers without "No.".
		{"secp cuin", "", "SECP CUIN 0113905", "reg[secp=secp cuin 0113905]", nil},
		{"cuin colon", "", "CUIN: 0123456", "reg[incorporation=cuin: 0123456]", nil},
		{"cuin with no", "", "SECP CUIN No. 0113905", "reg[secp=cuin no. 0113905]", nil},
		{"registration fee is no number", "", "Registration 5000 only", "", nil},
		{"registration amount is no number", "", "Registration 1,50,000 advance", "", nil},
		// Contact domains against the name.
		{"off-name domain", "", "Nexa Call Solutions (Pvt) Ltd. Send CV to hr@fastjobs-hiring.com",
			"name[Nexa Call Solutions (Pvt) Ltd.] form[Private Limited] off[email=hr@fastjobs-hiring.com]", nil},
		{"off-name site", "Orion Logistics", "Apply at www.global-hr-desk.com",
			"name[Orion Logistics] web[website=www.global-hr-desk.com] off[website=www.global-hr-desk.com]", nil},
		{"related domain is not off-name", "Orion Logistics", "Email jobs@orioncareers.com", "name[Orion Logistics]", nil},
		{"one own domain is enough", "Orion Logistics", "Email hr@orion.com or jobs@hrdesk.com", "name[Orion Logistics] domain[match]", nil},
		{"ats host is neutral", "Orion Logistics", "Apply at boards.greenhouse.io/orion", "name[Orion Logistics] web[website=boards.greenhouse.io/orion]", nil},
		{"government domain is neutral", "Ministry of Planning", "Apply at www.pc.gov.pk", "name[Ministry of Planning] web[website=www.pc.gov.pk]", nil},
		{"free-mail is not off-name", "Orion Logistics", "Email orion.jobs@gmail.com", "name[Orion Logistics]", nil},
		{"product domain is no contact", "Orion Logistics", "Sales Manager (shipfriend.com)\nEmail hr@orion-logistics.net",
			"name[Orion Logistics] web[website=shipfriend.com] domain[match]", nil},
		{"bare product domain alone", "Orion Logistics", "Sales Manager (shipfriend.com)", "name[Orion Logistics] web[website=shipfriend.com]", nil},
		{"bare domain to apply at", "Orion Logistics", "Apply at global-hr-desk.com today", "name[Orion Logistics] web[website=global-hr-desk.com] off[website=global-hr-desk.com]", nil},
		{"glued sentences are no domain", "Orion Logistics", "You will grow in this role.In your first month you learn.", "name[Orion Logistics] web[website=role.in]", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := textnorm.New(tc.text)
			if got := render(d, Extract(d, tc.company, contactsWith(d, tc.domains), nil)); got != tc.want {
				t.Errorf("Extract(%q)\n got: %s\nwant: %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestNameSpanMapsToSource(t *testing.T) {
	src := "URGENT: Orion Logistics FZE needs drivers"
	d := textnorm.New(src)
	f := Extract(d, "", contacts.Extract(d, ""), nil)
	if f.NameSpan == nil {
		t.Fatal("no NameSpan")
	}
	s, e := d.Source(f.NameSpan.Start, f.NameSpan.End)
	if src[s:e] != "Orion Logistics FZE" {
		t.Errorf("NameSpan maps to %q", src[s:e])
	}
}

func TestInRegistry(t *testing.T) {
	reg, err := LoadRegistry(strings.NewReader("id,company_name\n1,\"ABC Solutions (Pvt.) Ltd.\"\n2,Nexa LLC\n"), "reg.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		company string
		want    bool
	}{{"ABC Solutions Private Limited", true}, {"abc solutions", true}, {"Nexa L.L.C.", true}, {"Nexa Group", false}, {"", false}} {
		f := Extract(textnorm.New("text"), tc.company, contacts.Facts{}, reg)
		if f.InRegistry == nil || *f.InRegistry != tc.want {
			t.Errorf("InRegistry(%q) = %v, want %v", tc.company, f.InRegistry, tc.want)
		}
	}
	if f := Extract(textnorm.New("x"), "ABC", contacts.Facts{}, nil); f.InRegistry != nil {
		t.Error("InRegistry set without a registry")
	}
}

func TestLoadRegistryErrors(t *testing.T) {
	tests := []struct{ name, csv, want string }{
		{"no name column", "id,city\n1,Lahore\n", "reg.csv:1: no name column"},
		{"wrong field count", "name,city\nAcme,Lahore\nBeta\nGamma,Karachi\n", "reg.csv:3: wrong number of fields"},
		{"bad quote", "name\nAcme\n\"Beta\"x\n", "reg.csv:3:"},
		{"empty name", "name,city\nAcme,Lahore\n  ,Karachi\n", "reg.csv:3: empty company name"},
		{"empty file", "", "reg.csv: reading header: EOF"},
		{"two errors", "name,city\n,x\nA\n", "reg.csv:2: empty company name\nreg.csv:3: wrong number of fields"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := LoadRegistry(strings.NewReader(tc.csv), "reg.csv")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestLoadRegistryHeaderVariants(t *testing.T) {
	for _, h := range []string{"name", "Company", "\ufeffcompany_name", " NAME "} {
		reg, err := LoadRegistry(strings.NewReader(h+"\nAcme Inc\n"), "r.csv")
		if err != nil || !reg.Contains("ACME") || reg.Len() != 1 {
			t.Errorf("header %q: err=%v len=%d", h, err, reg.Len())
		}
	}
}

// contactsWith is what the engine passes Extract: the contacts found in d,
// plus domains a caller knows from elsewhere (a JSON-LD url, say).
func contactsWith(d *textnorm.Doc, domains []string) contacts.Facts {
	c := contacts.Extract(d, "")
	for _, dom := range domains {
		c.Emails = append(c.Emails, contacts.Email{Domain: dom})
	}
	return c
}
