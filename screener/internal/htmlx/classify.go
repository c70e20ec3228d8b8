package htmlx

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// chromeKind says how a box that is not advert text should be treated.
type chromeKind uint8

const (
	notChrome chromeKind = iota
	// softChrome (header, banner) is removed unless it holds the job title.
	softChrome
	// hardChrome (nav, aside, footer, "similar jobs", ads ...) is removed
	// unless it turns out to wrap the whole advert.
	hardChrome
	// formChrome is a <form>: ASP.NET pages wrap the entire page in one, so a
	// form is removed only when it holds no heading and no advert container.
	formChrome
)

// Container tiers, best first; noTier marks an ordinary element.
const (
	tierJobPosting = iota // itemtype ...JobPosting
	tierMain              // <main>, role=main
	tierArticle           // <article>
	tierClass             // id/class such as job-description, vacancy
	noTier
)

// maxAttrScan bounds how much of an id/class/aria-label is read: real ones
// are short, and a megabyte-long class must not cost more than a short one.
const maxAttrScan = 256

var (
	hardChromeTags  = setOf("nav", "aside", "footer")
	hardChromeRoles = setOf("navigation", "contentinfo", "complementary", "menu", "menubar",
		"search", "dialog", "alertdialog")
	hardChromeWords = setOf("nav", "navbar", "navigation", "menu", "menubar", "megamenu",
		"breadcrumb", "breadcrumbs", "sidebar", "cookie", "cookies", "consent", "gdpr",
		"share", "sharing", "sharethis", "social", "newsletter", "subscribe", "comment",
		"comments", "disqus", "ads", "adsbygoogle", "advertisement", "advertising",
		"sponsored", "footer")
	navWords     = setOf("nav", "navbar", "navigation", "menu", "menubar", "megamenu", "breadcrumb", "breadcrumbs")
	moreWords    = setOf("related", "similar", "recommended", "more", "other", "latest", "featured", "popular", "suggested")
	jobsWords    = setOf("jobs", "job", "vacancies", "positions", "listings", "openings", "careers")
	adSlotWords  = setOf("slot", "banner", "unit", "container", "wrapper", "box", "space", "zone", "block", "area")
	advertWords  = setOf("posting", "vacancy", "jobdescription", "jobdetails", "jobdetail", "jobposting", "jobview", "jobpost", "jobad")
	advertSecond = setOf("description", "details", "detail", "posting", "post", "view", "body", "content", "ad")
)

// chromeOf classifies one element as site chrome, by tag, role or words.
func chromeOf(n *html.Node, words []string) chromeKind {
	role := strings.ToLower(strings.TrimSpace(attr(n, "role")))
	switch {
	case n.Data == "form":
		return formChrome
	case hardChromeTags[n.Data] || hardChromeRoles[role] || chromeWords(words):
		return hardChrome
	case n.Data == "header" || role == "banner" || slices.Contains(words, "header"):
		return softChrome
	}
	return notChrome
}

// chromeWords reports whether id/class/aria-label words name a non-advert box.
func chromeWords(words []string) bool {
	for i, w := range words {
		// A lone "ad" is an ad slot; "ad-title" on a classifieds site is the advert.
		lone := w == "ad" && (i == 0 || words[i-1] == "") && (i+1 == len(words) || words[i+1] == "")
		if hardChromeWords[w] || lone {
			return true
		}
		if i+1 < len(words) && pairMatches(w, words[i+1]) {
			return true
		}
	}
	return false
}

func pairMatches(a, b string) bool {
	return a == "side" && b == "bar" ||
		moreWords[a] && jobsWords[b] ||
		(a == "ad" || a == "ads") && adSlotWords[b] ||
		(a == "google" || a == "banner") && (b == "ad" || b == "ads")
}

// isNavLike marks boxes whose presence shows a header is the site's, not the advert's.
func isNavLike(n *html.Node, words []string) bool {
	if n.Data == "nav" || strings.EqualFold(strings.TrimSpace(attr(n, "role")), "navigation") {
		return true
	}
	for _, w := range words {
		if navWords[w] {
			return true
		}
	}
	return false
}

// containerTier ranks how surely an element is the advert itself.
func containerTier(n *html.Node, words []string) int {
	switch {
	case strings.Contains(strings.ToLower(clip(attr(n, "itemtype"))), "jobposting"):
		return tierJobPosting
	case n.Data == "main" || strings.EqualFold(strings.TrimSpace(attr(n, "role")), "main"):
		return tierMain
	case n.Data == "article":
		return tierArticle
	}
	for i, w := range words {
		if advertWords[w] || w == "job" && i+1 < len(words) && advertSecond[words[i+1]] {
			return tierClass
		}
	}
	return noTier
}

// attrWords splits id, class and aria-label into lower-case words, breaking on
// punctuation and camelCase, so "similarJobs", "similar-jobs" and
// "similar_jobs" all read as "similar jobs".
func attrWords(n *html.Node) []string {
	var words []string
	for _, key := range []string{"id", "class", "aria-label"} {
		v := clip(attr(n, key))
		start := -1
		var prev rune
		for i, r := range v {
			boundary := !unicode.IsLetter(r) && !unicode.IsDigit(r)
			camel := unicode.IsUpper(r) && unicode.IsLower(prev)
			if start >= 0 && (boundary || camel) {
				words = append(words, strings.ToLower(v[start:i]))
				start = -1
			}
			if start < 0 && !boundary {
				start = i
			}
			prev = r
		}
		if start >= 0 {
			words = append(words, strings.ToLower(v[start:]))
		}
		words = append(words, "") // attributes do not form pairs across each other
	}
	return words
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func clip(s string) string {
	if len(s) > maxAttrScan {
		return s[:maxAttrScan]
	}
	return s
}
