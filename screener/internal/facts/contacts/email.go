package contacts

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// freeMail holds public mailbox providers. zoho.com and zohomail.com are
// listed but not other Zoho hosts, because Zoho also serves mail for
// companies' own domains, which must not count as free-mail.
var freeMail = setOf(
	"gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com",
	"hotmail.com", "outlook.com", "live.com", "msn.com", "aol.com", "icloud.com",
	"me.com", "mac.com", "proton.me", "protonmail.com", "pm.me", "yandex.com",
	"yandex.ru", "mail.ru", "gmx.com", "gmx.net", "gmx.de", "zoho.com",
	"zohomail.com", "rediffmail.com", "mail.com", "inbox.com", "tutanota.com",
	"tuta.io", "hushmail.com", "qq.com", "163.com", "126.com",
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// IsFreeMail reports whether domain is a public free-mail provider. Country
// variants such as yahoo.co.in, hotmail.co.uk or outlook.com.pk count too.
func IsFreeMail(domain string) bool {
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	if freeMail[d] {
		return true
	}
	for _, p := range []string{"yahoo.", "hotmail.", "outlook.", "live.", "gmx.", "yandex.", "rediffmail."} {
		if strings.HasPrefix(d, p) && len(d) <= len(p)+6 {
			return true // yahoo.co.uk, live.com.pk: short country suffixes only
		}
	}
	return false
}

func localChar(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func domainChar(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'z' || c == '.' || c == '-' }

// Emails finds e-mail addresses in d.Folded. Each '@' is expanded left and
// right over characters that cannot contain another '@', so the scan is linear.
func Emails(d *textnorm.Doc) []Email {
	s := d.Folded
	var out []Email
	for off := 0; off < len(s); {
		k := strings.IndexByte(s[off:], '@')
		if k < 0 {
			break
		}
		at := off + k
		off = at + 1
		if e, ok := emailAt(s, at); ok {
			out = append(out, e)
		}
	}
	return out
}

func emailAt(s string, at int) (Email, bool) {
	i := at
	for i > 0 && localChar(s[i-1]) {
		i--
	}
	for i < at && (s[i] == '.' || s[i] == '-') {
		i++
	}
	j := at + 1
	for j < len(s) && domainChar(s[j]) {
		j++
	}
	for j > at+1 && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	if i == at || j == at+1 {
		return Email{}, false
	}
	dom := s[at+1 : j]
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || !alphaTLD(dom[dot+1:]) || strings.Contains(dom, "..") {
		return Email{}, false
	}
	return Email{Span: textnorm.Span{Start: i, End: j}, Addr: s[i:j], Domain: dom, FreeMail: IsFreeMail(dom)}, true
}

func alphaTLD(t string) bool {
	if len(t) < 2 || len(t) > 24 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return true
}
