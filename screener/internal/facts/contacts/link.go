package contacts

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// linkRe finds URLs with a scheme or "www.", and bare domains under the
// top-level domains job adverts use. The bare form is limited to a list of
// TLDs so that "Rs.500" or "e.g." never look like hosts.
var linkRe = rxscan.MustCompile(`(?:https?://|www\.)[^\s<>"'()\[\]{}]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|pk|in|ae|ph|us|uk|io|co|me|ly|gl|gy|gd|at|cc|id|so|info|biz|edu|gov|sa|qa|om|bd|my|sg|app|online|site|xyz|jobs|careers|ca|au|link|dog|gle)\b(?:/[^\s<>"'()\[\]{}]*)?`)

// techNames end in a TLD but are technologies named in requirements.
var techNames = setOf("asp.net", "vb.net", "ado.net", "dot.net", "node.js")

var (
	messagingHosts = setOf("wa.me", "api.whatsapp.com", "chat.whatsapp.com", "web.whatsapp.com",
		"whatsapp.com", "wa.link", "t.me", "telegram.me", "telegram.dog", "m.me", "signal.me",
		"signal.group", "line.me", "viber.me", "invite.viber.com")
	shortenerHosts = setOf("bit.ly", "tinyurl.com", "cutt.ly", "t.co", "rb.gy", "is.gd", "shorturl.at",
		"goo.gl", "ow.ly", "buff.ly", "tiny.cc", "s.id", "t.ly", "v.gd", "rebrand.ly", "bl.ink",
		"lnkd.in", "shorte.st", "bitly.com", "tinyurl.ph", "short.gy", "fb.me")
	formHosts = setOf("forms.gle", "typeform.com", "jotform.com", "form.jotform.com", "forms.office.com",
		"forms.microsoft.com", "tally.so", "zfrmz.com", "forms.zohopublic.com", "surveymonkey.com")
	socialHosts = setOf("facebook.com", "fb.com", "m.facebook.com", "web.facebook.com", "instagram.com",
		"tiktok.com", "vm.tiktok.com", "twitter.com", "x.com", "youtube.com", "youtu.be", "snapchat.com")
)

// Links finds URLs and bare domains in d.Folded, skipping the domain half
// of e-mail addresses.
func Links(d *textnorm.Doc) []Link {
	s := d.Folded
	var out []Link
	for _, m := range linkRe.FindAllStringIndex(s, -1) {
		start, end := m[0], trimURLEnd(s, m[0], m[1])
		if start > 0 && (s[start-1] == '@' || localChar(s[start-1]) && s[start-1] != '.') {
			continue // part of an e-mail or a longer word
		}
		if end < len(s) && s[end] == '@' {
			continue // the local part of an e-mail
		}
		url := s[start:end]
		host := hostOf(url)
		if host == "" || techNames[host] || strings.Contains(host, "@") {
			continue
		}
		out = append(out, Link{Span: textnorm.Span{Start: start, End: end}, URL: url, Host: host, Kind: linkKind(host, url)})
	}
	return out
}

func trimURLEnd(s string, start, end int) int {
	for end > start && strings.IndexByte(".,;:!?'\"-", s[end-1]) >= 0 {
		end--
	}
	return end
}

// hostOf returns the lower-case host of u without scheme, "www." or port.
func hostOf(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, ':'); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimPrefix(u, "www.")
	if strings.Count(u, ".") == 0 {
		return ""
	}
	return u
}

func linkKind(host, url string) string {
	switch {
	case inSet(messagingHosts, host):
		return KindMessaging
	case host == "docs.google.com" && strings.Contains(url, "/forms"),
		host == "goo.gl" && strings.Contains(url, "/forms"), inSet(formHosts, host):
		return KindForm
	case inSet(shortenerHosts, host):
		return KindShortener
	case inSet(socialHosts, host):
		return KindSocial
	}
	return KindSite
}

// inSet matches host or any parent domain of it, so "pk.linkedin.com" or
// "acme.typeform.com" are classified by their registrable part.
func inSet(set map[string]bool, host string) bool {
	for h := host; h != ""; {
		if set[h] {
			return true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return false
}
