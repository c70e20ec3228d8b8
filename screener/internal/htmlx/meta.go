package htmlx

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// pageMeta holds the fallbacks the head offers when the advert lacks them.
type pageMeta struct {
	title, ogTitle, ogURL, canonical string
}

// readMeta must run before chrome removal, while the head is intact.
func readMeta(doc *goquery.Document) pageMeta {
	var m pageMeta
	m.title = oneLine(doc.Find("head title").First().Text())
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		key := firstNonEmpty(s.AttrOr("property", ""), s.AttrOr("name", ""))
		content := oneLine(s.AttrOr("content", ""))
		switch {
		case strings.EqualFold(key, "og:title") && m.ogTitle == "":
			m.ogTitle = content
		case strings.EqualFold(key, "og:url") && m.ogURL == "":
			m.ogURL = content
		}
	})
	doc.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, rel := range strings.Fields(s.AttrOr("rel", "")) {
			if strings.EqualFold(rel, "canonical") {
				m.canonical = oneLine(s.AttrOr("href", ""))
				return false
			}
		}
		return true
	})
	return m
}
