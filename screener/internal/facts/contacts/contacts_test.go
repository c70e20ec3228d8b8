package contacts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// summary renders the facts compactly so a table row can state them exactly.
func summary(f Facts) string {
	var parts []string
	for _, p := range f.Phones {
		s := "phone:" + p.E164 + "/" + p.Region
		if p.Masked {
			s = "phone:masked"
		}
		if p.Mobile {
			s += "/m"
		}
		if p.WhatsApp {
			s += "/wa"
		}
		parts = append(parts, s)
	}
	for _, e := range f.Emails {
		s := "email:" + e.Addr
		if e.Masked {
			s = "email:masked"
		}
		if e.FreeMail {
			s += "/free"
		}
		parts = append(parts, s)
	}
	for _, l := range f.Links {
		if l.Masked {
			parts = append(parts, "link:masked")
			continue
		}
		parts = append(parts, "link:"+l.Host+"/"+l.Kind)
	}
	for _, m := range f.Messaging {
		parts = append(parts, "msg:"+m.Kind)
	}
	return strings.Join(parts, " ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, text, region, want string
	}{
		{"pk mobile dashed", "Call 0300-1234567 for interview", "PK", "phone:+923001234567/PK/m"},
		{"pk mobile no region", "Contact: 03211234567", "", "phone:+923211234567/PK/m"},
		{"pk international spaced", "Call +92 300 1234567 now", "", "phone:+923001234567/PK/m"},
		{"pk international without plus", "WhatsApp 923001234567", "", "phone:+923001234567/PK/m/wa msg:whatsapp"},
		{"pk 0092 prefix", "Tel 0092-42-35761234", "PK", "phone:+924235761234/PK"},
		{"pk landline lahore", "Office: (042) 3576-1234", "PK", "phone:+924235761234/PK"},
		{"whatsapp label line above", "WhatsApp:\n0345-7654321", "PK", "phone:+923457654321/PK/m/wa msg:whatsapp"},
		{"whatsapp after in brackets", "0333 1112223 (WhatsApp)", "PK", "phone:+923331112223/PK/m/wa msg:whatsapp"},
		{"two numbers only second wa", "Call 0300-1111111 or WhatsApp 0321-2222222", "PK",
			"phone:+923001111111/PK/m phone:+923212222222/PK/m/wa msg:whatsapp"},
		{"wa short marker", "WA 0312-3456789", "PK", "phone:+923123456789/PK/m/wa"},
		{"urdu script whatsapp", "واٹس ایپ 0300-1234567 پر رابطہ کریں", "PK", "phone:+923001234567/PK/m/wa msg:whatsapp"},
		{"india mobile", "Call HR at +91 98765 43210", "", "phone:+919876543210/IN/m"},
		{"india mobile national", "Mob: 98765-43210", "IN", "phone:+919876543210/IN/m"},
		{"uae mobile", "Send CV on +971 50 123 4567", "", "phone:+971501234567/AE/m"},
		{"uae national with region", "Call 050 123 4567", "AE", "phone:+971501234567/AE/m"},
		{"philippine mobile", "Text 0917 123 4567 for details", "PH", "phone:+639171234567/PH/m"},
		{"philippine international", "Viber +63 917 123 4567", "", "phone:+639171234567/PH/m msg:viber"},
		{"us number", "Call (415) 867-5309 today", "US", "phone:+14158675309/US"},
		{"amount with rs", "Salary Rs. 35000000 per year", "PK", ""},
		{"amount with commas", "Salary 50,000-70,000 monthly", "PK", ""},
		{"amount slash dash", "Pay 4500000/- only", "PK", ""},
		{"lakh grouping", "Package 1,00,00,000 INR", "IN", ""},
		{"year range", "Experience 2012-2014 at ABC", "", ""},
		{"date", "Last date 12-05-2024", "PK", ""},
		{"cnic shape", "CNIC 35202-1234567-1 required", "PK", ""},
		{"ntn", "NTN 1234567-8", "PK", ""},
		{"licence glued to letters", "License No. L12345MH2000PLC123456", "IN", ""},
		{"job id label", "Job ID: 30012345678", "PK", ""},
		{"number then phone", "Bonus 50000 0300-1234567", "PK", "phone:+923001234567/PK/m"},
		{"gmail free", "Send CV to hr.jobs@gmail.com", "", "email:hr.jobs@gmail.com/free"},
		{"corporate email", "Email careers@nexacall.com.pk.", "", "email:careers@nexacall.com.pk"},
		{"yahoo country", "Mail: abc_123@yahoo.co.uk", "", "email:abc_123@yahoo.co.uk/free"},
		{"zoho corporate not free", "hr@acme.zohosites.com or hr@zoho.com", "", "email:hr@acme.zohosites.com email:hr@zoho.com/free"},
		{"email uppercase", "HR@Example.ORG", "", "email:hr@example.org"},
		{"wa.me link", "Apply: https://wa.me/923001234567", "", "phone:+923001234567/PK/m/wa link:wa.me/messaging"},
		{"bare t.me", "Join t.me/jobs_pk now", "", "link:t.me/messaging"},
		{"bit.ly", "Register at bit.ly/3abcXYZ.", "", "link:bit.ly/shortener"},
		{"google form", "Fill https://docs.google.com/forms/d/e/1FAIp/viewform", "", "link:docs.google.com/form"},
		{"forms.gle", "Apply forms.gle/AbC123", "", "link:forms.gle/form"},
		{"facebook page", "Visit www.facebook.com/jobs.pk", "", "link:facebook.com/social"},
		{"company site", "Visit www.nexacall.com.pk/careers for details", "", "link:nexacall.com.pk/site"},
		{"asp.net is a skill", "Skills: ASP.NET, C#", "", ""},
		{"whatsapp only", "Send CV on WhatsApp only", "", "msg:whatsapp-only"},
		{"only whatsapp", "Contact only on WhatsApp", "", "msg:whatsapp-only"},
		{"sirf whatsapp", "sirf whatsapp karein, call na karein", "", "msg:whatsapp-only"},
		{"telegram par rabta", "Telegram par rabta karein", "", "msg:telegram"},
		{"signal app", "Message us on Signal for details", "", "msg:signal"},
		{"signal the word", "A strong signal of growth", "", ""},
		{"imo number", "imo number pe msg karein", "", "msg:imo"},
		{"warning about whatsapp", "Beware of fake offers on WhatsApp.", "", ""},
		{"negated whatsapp", "We never recruit via WhatsApp or Telegram.", "", ""},
		{"no degree then whatsapp", "No degree needed apply on WhatsApp", "", "msg:whatsapp"},
		{"emscad masks", "Call #PHONE_b7a6c8f9e0d1# or mail #EMAIL_0a1b2c# see #URL_ffee00#", "",
			"phone:masked email:masked link:masked"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(textnorm.New(tc.text), tc.region)
			if got := summary(f); got != tc.want {
				t.Errorf("Extract(%q)\n got: %s\nwant: %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestMaskedFlag(t *testing.T) {
	if f := Extract(textnorm.New("mail #EMAIL_abc123#"), ""); !f.EMSCADMasked {
		t.Error("EMSCADMasked not set")
	}
	if f := Extract(textnorm.New("mail hr@acme.com"), ""); f.EMSCADMasked {
		t.Error("EMSCADMasked set without masks")
	}
}

func TestIsFreeMail(t *testing.T) {
	for d, want := range map[string]bool{
		"gmail.com": true, "Hotmail.com": true, "outlook.com.pk": true, "protonmail.com": true,
		"mail.ru": true, "rediffmail.com": true, "zoho.com": true, "zohomail.com": true,
		"acme.zoho.in": false, "live.co.uk": true, "nexacall.com.pk": false, "yahoo-jobs.com": false,
	} {
		if got := IsFreeMail(d); got != want {
			t.Errorf("IsFreeMail(%q) = %v, want %v", d, got, want)
		}
	}
}

func TestDomains(t *testing.T) {
	f := Extract(textnorm.New("hr@acme.com, www.acme.com and jobs@gmail.com"), "")
	if got := fmt.Sprint(f.Domains()); got != "[acme.com gmail.com]" {
		t.Errorf("Domains = %s", got)
	}
}
