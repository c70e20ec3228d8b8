package htmlx

import (
	"strings"
	"testing"
)

// ld wraps JSON in a JSON-LD script inside a page with a visible advert.
func ld(json string) string {
	return `<html><head><script type="application/ld+json">` + json +
		`</script></head><body><h1>Visible title</h1><p>Visible text.</p></body></html>`
}

func TestJSONLDVariants(t *testing.T) {
	tests := []struct {
		name, page   string
		title, body  string
		warningParts []string
	}{
		{"single object", ld(`{"@context":"https://schema.org","@type":"JobPosting","title":"Cashier","description":"Count cash."}`),
			"Cashier", "Count cash.", nil},
		{"top-level array", ld(`[{"@type":"Organization","name":"X"},{"@type":"JobPosting","title":"Cashier"}]`),
			"Cashier", "Visible title\n\nVisible text.", nil},
		{"@graph", ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"JobPosting","title":"Cashier"}]}`),
			"Cashier", "", nil},
		{"nested arrays", ld(`[[{"@type":"JobPosting","title":"Cashier"}]]`), "Cashier", "", nil},
		{"@type array and IRI", ld(`{"@type":["Thing","https://schema.org/JobPosting"],"title":"Cashier"}`), "Cashier", "", nil},
		{"type attribute case and params", strings.Replace(ld(`{"@type":"JobPosting","title":"Cashier"}`),
			"application/ld+json", "Application/LD+JSON; charset=utf-8", 1), "Cashier", "", nil},
		{"raw newlines and tabs in strings", ld("{\"@type\":\"JobPosting\",\"title\":\"Cash\tier\",\"description\":\"Line one\nLine two\"}"),
			"Cash ier", "Line one\nLine two", nil},
		{"trailing semicolon and comment wrapper", ld(`<!-- {"@type":"JobPosting","title":"Cashier"}; -->`), "Cashier", "", nil},
		{"HTML in description", ld(`{"@type":"JobPosting","title":"C","description":"<p>Pay <b>fee</b></p><ul><li>One</li><li>Two</li></ul><script>x()<\/script>"}`),
			"C", "Pay fee\n\n- One\n- Two", nil},
		{"entity-encoded HTML in description", ld(`{"@type":"JobPosting","title":"C","description":"&lt;p&gt;First&lt;/p&gt;&lt;p&gt;Second &amp;amp; more&lt;/p&gt;"}`),
			"C", "First\n\nSecond & more", nil},
		{"plain text description keeps lines", ld(`{"@type":"JobPosting","title":"C","description":"Duties:\n\n\n• Sell\n• Smile\nSalary &amp; perks"}`),
			"C", "Duties:\n\n- Sell\n- Smile\nSalary & perks", nil},
		{"entities in title", ld(`{"@type":"JobPosting","title":"Sales &amp; Marketing"}`), "Sales & Marketing", "", nil},
		{"no description uses visible text", ld(`{"@type":"JobPosting","title":"Cashier"}`), "Cashier", "Visible title\n\nVisible text.", nil},
		{"first of several postings", ld(`[{"@type":"JobPosting","title":"First"},{"@type":"JobPosting","title":"Second"}]`),
			"First", "", []string{"2 JobPostings"}},
		{"summary description, advert on the page", strings.Replace(ld(`{"@type":"JobPosting","title":"Cashier","description":"Count cash."}`),
			"<p>Visible text.</p>", "<p>"+strings.Repeat("Full advert text with pay, address and how to apply. ", 6)+"</p>", 1),
			"Cashier", "Visible title\n\n" + strings.TrimSpace(strings.Repeat("Full advert text with pay, address and how to apply. ", 6)), nil},
		{"no JobPosting", ld(`{"@type":"Organization","name":"Acme"}`), "Visible title", "Visible title\n\nVisible text.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := extractString(t, tc.page)
			if p.Title != tc.title {
				t.Errorf("Title = %q, want %q", p.Title, tc.title)
			}
			if tc.body != "" && p.Body != tc.body {
				t.Errorf("Body = %q, want %q", p.Body, tc.body)
			}
			checkText(t, "Warnings", strings.Join(p.Warnings, "|"), tc.warningParts, nil)
		})
	}
}

// A page built with an @graph names the employer once and refers to it by
// @id from the JobPosting; the reference must be followed.
func TestJSONLDReferences(t *testing.T) {
	page := ld(`{"@context":"https://schema.org","@graph":[
		{"@type":"JobPosting","title":"Engineer","hiringOrganization":{"@id":"https://x.example/#org"},
		 "jobLocation":{"@id":"https://x.example/#lahore"}},
		{"@type":"Organization","@id":"https://x.example/#org","name":"Kestrel Ledger (Pvt) Ltd","url":"https://x.example",
		 "legalName":"Kestrel Ledger (Private) Limited",
		 "address":{"@type":"PostalAddress","streetAddress":"45-B Main Boulevard","addressLocality":"Lahore","addressCountry":"PK"}},
		{"@type":"Place","@id":"https://x.example/#lahore","address":{"@type":"PostalAddress","addressLocality":"Lahore","addressCountry":"PK"}}]}`)
	p := extractString(t, page)
	if p.Company != "Kestrel Ledger (Pvt) Ltd" || p.CompanyURL != "https://x.example" {
		t.Errorf("Company, CompanyURL = %q, %q; want the referenced Organization's", p.Company, p.CompanyURL)
	}
	if !strings.Contains(p.Location, "Lahore") {
		t.Errorf("Location = %q, want the referenced Place's", p.Location)
	}
	if want := "Kestrel Ledger (Private) Limited\n45-B Main Boulevard, Lahore, PK"; p.CompanyProfile != want {
		t.Errorf("CompanyProfile = %q, want %q", p.CompanyProfile, want)
	}
	dangling := extractString(t, ld(`{"@type":"JobPosting","title":"E","hiringOrganization":{"@id":"#nowhere"}}`))
	if dangling.Company != "" {
		t.Errorf("a dangling reference gave Company %q", dangling.Company)
	}
}

func TestJSONLDInvalidBlocks(t *testing.T) {
	page := `<script type="application/ld+json">{"@type": "JobPosting", "title": "Broken",}</script>
<script type="application/ld+json">{"@type":"JobPosting","title":"Good","description":"Works."}</script><p>Visible</p>`
	p := extractString(t, page)
	if p.Title != "Good" || p.Body != "Works." || !p.Structured {
		t.Errorf("got Title %q Body %q Structured %v", p.Title, p.Body, p.Structured)
	}
	if len(p.Warnings) != 1 || !strings.HasPrefix(p.Warnings[0], "JSON-LD block 1: invalid JSON: ") ||
		!strings.HasSuffix(p.Warnings[0], "(ignored)") {
		t.Errorf("Warnings = %q", p.Warnings)
	}
	t.Run("only invalid block leaves page unstructured", func(t *testing.T) {
		p := extractString(t, ld(`{not json`))
		if p.Structured || p.Title != "Visible title" || len(p.Warnings) != 1 {
			t.Errorf("got %+v", p)
		}
	})
}

func TestJSONLDFields(t *testing.T) {
	posting := func(fields string) string { return ld(`{"@type":"JobPosting","title":"T",` + fields + `}`) }
	tests := []struct {
		name, fields string
		field        func(Page) string
		want         string
	}{
		{"salary range per month", `"baseSalary":{"@type":"MonetaryAmount","currency":"PKR","value":{"@type":"QuantitativeValue","minValue":50000,"maxValue":70000,"unitText":"MONTH"}}`,
			salaryOf, "PKR 50,000 - 70,000 per month"},
		{"salary single value per hour with decimals", `"baseSalary":{"currency":"USD","value":{"value":1250.50,"unitText":"HOUR"}}`,
			salaryOf, "USD 1,250.50 per hour"},
		{"salary plain number value", `"baseSalary":{"currency":"PKR","value":1200000}`, salaryOf, "PKR 1,200,000"},
		{"salary number as string", `"baseSalary":{"currency":"AED","value":"4500","unitText":"MONTH"}`, salaryOf, "AED 4,500 per month"},
		{"salary min max on MonetaryAmount", `"baseSalary":{"currency":"PKR","minValue":30000,"maxValue":30000,"unitText":"YEAR"}`, salaryOf, "PKR 30,000 per year"},
		{"salary bare number", `"baseSalary":85000`, salaryOf, "85,000"},
		{"salary text", `"baseSalary":"Rs. 40k - 60k"`, salaryOf, "Rs. 40k - 60k"},
		{"salary exponent", `"baseSalary":{"currency":"PKR","value":5e4}`, salaryOf, "PKR 50,000"},
		{"estimated salary when no base", `"estimatedSalary":{"currency":"PKR","value":{"minValue":20000,"maxValue":25000,"unitText":"WEEK"}}`, salaryOf, "PKR 20,000 - 25,000 per week"},
		{"location PostalAddress", `"jobLocation":{"@type":"Place","address":{"addressLocality":"Lahore","addressRegion":"Punjab","addressCountry":"PK"}}`,
			locationOf, "Lahore, Punjab, PK"},
		{"location array and country object", `"jobLocation":[{"address":{"addressLocality":"Karachi","addressCountry":{"@type":"Country","name":"Pakistan"}}},{"address":{"addressLocality":"Dubai","addressCountry":"AE"}}]`,
			locationOf, "Karachi, Pakistan; Dubai, AE"},
		{"location address string", `"jobLocation":{"@type":"Place","address":"Blue Area, Islamabad"}`, locationOf, "Blue Area, Islamabad"},
		{"location plain string", `"jobLocation":"Multan"`, locationOf, "Multan"},
		{"location fields on Place", `"jobLocation":{"addressLocality":"Quetta"}`, locationOf, "Quetta"},
		{"remote only", `"jobLocationType":"TELECOMMUTE"`, locationOf, "Remote"},
		{"remote plus place", `"jobLocationType":["TELECOMMUTE"],"jobLocation":{"address":{"addressLocality":"Lahore"}}`, locationOf, "Lahore; Remote"},
		{"organization object", `"hiringOrganization":{"@type":"Organization","name":"Acme &amp; Sons","sameAs":"https://acme.example"}`,
			func(p Page) string { return p.Company + " | " + p.CompanyURL }, "Acme & Sons | https://acme.example"},
		{"organization url", `"hiringOrganization":{"name":"Acme","url":"https://acme.example/"}`,
			func(p Page) string { return p.Company + " | " + p.CompanyURL }, "Acme | https://acme.example/"},
		{"organization string", `"hiringOrganization":"Acme Pvt Ltd"`, func(p Page) string { return p.Company + " | " + p.CompanyURL }, "Acme Pvt Ltd | "},
		{"education credential", `"educationRequirements":{"@type":"EducationalOccupationalCredential","credentialCategory":"bachelor degree"}`,
			func(p Page) string { return p.Education }, "bachelor degree"},
		{"education list", `"educationRequirements":["Matric","Intermediate"]`, func(p Page) string { return p.Education }, "Matric; Intermediate"},
		{"experience months", `"experienceRequirements":{"@type":"OccupationalExperienceRequirements","monthsOfExperience":24}`,
			func(p Page) string { return p.Experience }, "24 months of experience"},
		{"experience text", `"experienceRequirements":"2 years in sales"`, func(p Page) string { return p.Experience }, "2 years in sales"},
		{"employment type array", `"employmentType":["FULL_TIME","CONTRACTOR"]`, func(p Page) string { return p.EmploymentType }, "FULL_TIME, CONTRACTOR"},
		{"dates and url", `"datePosted":"2025-01-05","validThrough":"2025-02-05","url":"https://jobs.example/1"`,
			func(p Page) string { return p.DatePosted + " " + p.ValidThrough + " " + p.URL }, "2025-01-05 2025-02-05 https://jobs.example/1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := extractString(t, posting(tc.fields))
			if got := tc.field(p); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if !p.Structured {
				t.Error("Structured = false")
			}
		})
	}
}

func salaryOf(p Page) string   { return p.Salary }
func locationOf(p Page) string { return p.Location }

func TestURLFallbacks(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"canonical", `<link rel="Canonical" href="https://a.example/1"><meta property="og:url" content="https://b.example"><p>x</p>`, "https://a.example/1"},
		{"og:url", `<meta property="og:url" content="https://b.example"><p>x</p>`, "https://b.example"},
		{"JSON-LD url first", ld(`{"@type":"JobPosting","url":"https://c.example"}`) + `<link rel="canonical" href="https://a.example">`, "https://c.example"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractString(t, tc.page).URL; got != tc.want {
				t.Errorf("URL = %q, want %q", got, tc.want)
			}
		})
	}
}
