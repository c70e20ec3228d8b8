package htmlx

import (
	"html"
	"regexp"
	"strings"
)

// tagPattern spots markup in a field; it needs a tag name right after "<",
// so "salary < 50k" is not mistaken for HTML.
var tagPattern = regexp.MustCompile(`(?i)</?[a-z][a-z0-9-]*(\s[^<>]*)?/?>`)

// renderDescription turns a JSON-LD description into Body text. Descriptions
// come as HTML, as HTML escaped once or twice ("&lt;p&gt;"), or as plain
// text whose newlines are the only structure, and each needs its own reading.
func renderDescription(s string) string {
	for range 2 {
		if tagPattern.MatchString(s) {
			break
		}
		if u := html.UnescapeString(s); u != s && tagPattern.MatchString(u) {
			s = u
		}
	}
	if tagPattern.MatchString(s) {
		return renderNodes(parseFragment(s))
	}
	return plainParagraphs(html.UnescapeString(s))
}

// bullets that plain-text adverts use for list items.
var bullets = []string{"•", "●", "▪", "◦", "·", "* ", "- ", "– "}

// plainParagraphs keeps the line structure of plain text, collapsing spaces
// within lines and blank-line runs to one, and writes bullets as "- ".
func plainParagraphs(s string) string {
	var out []string
	blank := false
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		line = oneLine(line)
		if line == "" {
			blank = len(out) > 0
			continue
		}
		for _, b := range bullets {
			if rest, ok := strings.CutPrefix(line, b); ok {
				line = "- " + strings.TrimSpace(rest)
				break
			}
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
