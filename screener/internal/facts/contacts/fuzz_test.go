package contacts

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func inside(t *testing.T, d *textnorm.Doc, what string, sp textnorm.Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(d.Folded) || sp.Start > sp.End {
		t.Fatalf("%s span %v outside folded text of length %d", what, sp, len(d.Folded))
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"", "+", "(((", "0300-1234567", "+92 300 1234567 WhatsApp only", "a@b.c", "@@@@", "x@y.com@z.org",
		"https://", "www.", "wa.me/", "#PHONE_#", "#EMAIL_abc#", "1-2-3-4-5-6-7-8-9-0-1-2-3-4-5-6-7-8-9",
		"واٹس ایپ ۰۳۰۰۱۲۳۴۵۶۷", "\xff\xfe@\xff.com", "Rs. 50,000 - 0300 1234567",
	} {
		f.Add(s, "PK")
	}
	f.Add("Call (415) 867-5309", "")
	f.Add("Call 050 123 4567", "zz")
	f.Fuzz(func(t *testing.T, src, region string) {
		d := textnorm.New(src)
		fs := Extract(d, region)
		for _, p := range fs.Phones {
			inside(t, d, "phone", p.Span)
		}
		for _, e := range fs.Emails {
			inside(t, d, "email", e.Span)
		}
		for _, l := range fs.Links {
			inside(t, d, "link", l.Span)
		}
		for _, m := range fs.Messaging {
			inside(t, d, "messaging", m.Span)
		}
	})
}

// benchAd is a ~3 KB advert mixing the shapes the extractor must handle.
var benchAd = strings.Repeat(`URGENT HIRING!!! Call centre agents needed for US campaign at Nexa Call Solutions (Pvt) Ltd.
Salary Rs. 50,000-70,000 + commission, 2012-2014 batch welcome. CNIC 35202-1234567-1 copy required.
Contact: 0300-1234567 (WhatsApp) or +92 42 3576 1234. Email hr@nexacall.com.pk or jobs.nexa@gmail.com.
Apply: https://wa.me/923001234567, bit.ly/3abcXYZ, www.nexacall.com.pk/careers. Sirf WhatsApp karein.
`, 7)

func BenchmarkExtract(b *testing.B) {
	d := textnorm.New(benchAd)
	b.SetBytes(int64(len(benchAd)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(d, "")
	}
}
