package htmlx

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// renderText renders a selection's nodes as advert text.
func renderText(sel *goquery.Selection) string {
	if sel == nil {
		return ""
	}
	return renderNodes(sel.Nodes)
}

// renderNodes renders nodes in order into one text: blocks become line or
// paragraph breaks, list items become "- " lines, whitespace runs collapse.
func renderNodes(nodes []*html.Node) string {
	var w textWriter
	for _, n := range nodes {
		walkEvents(n, w.enter, w.exit)
	}
	return w.b.String()
}

// skipTags hold no text a reader sees; the renderer ignores them even when
// the caller has not removed them (e.g. inside a JSON-LD description).
var skipTags = setOf("script", "style", "noscript", "template", "svg", "math", "iframe",
	"object", "embed", "canvas", "head", "title", "button", "input", "select", "textarea")

// paragraphTags end a paragraph; lineTags only end a line.
var (
	paragraphTags = setOf("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table",
		"blockquote", "section", "article", "header", "footer", "main", "pre", "figure", "hr",
		"address", "fieldset", "details", "form", "aside", "nav")
	lineTags = setOf("div", "li", "br", "tr", "td", "th", "dd", "dt", "caption", "summary",
		"figcaption", "legend", "tbody", "thead", "tfoot", "option")
)

// breakLevel is 2 for a paragraph break, 1 for a line break, 0 for inline.
func breakLevel(tag string) int {
	switch {
	case paragraphTags[tag]:
		return 2
	case lineTags[tag]:
		return 1
	}
	return 0
}

// textWriter accumulates rendered text. Breaks and spaces are kept pending
// and only written before the next word, which is what makes the output
// trimmed and never holds more than one blank line in a row.
type textWriter struct {
	b       strings.Builder
	pending int  // 0 none, 1 newline, 2 blank line
	space   bool // a space is owed before the next word on this line
	prefix  string
	lists   int // open ul/ol elements
	pre     int // open pre elements
}

func (w *textWriter) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return false
	case html.ElementNode:
	default:
		return n.Type == html.DocumentNode
	}
	if skipTags[n.Data] {
		return false
	}
	switch n.Data {
	case "br":
		w.brk(w.pending + 1) // <br><br> is how many pages write a paragraph
		return false
	case "li":
		w.brk(1)
		w.prefix = "- "
		return true
	case "ul", "ol":
		w.brk(2 - min(w.lists, 1)) // a nested list stays inside its item
		w.lists++
		return true
	case "pre":
		w.pre++
	}
	w.brk(breakLevel(n.Data))
	return true
}

func (w *textWriter) exit(n *html.Node) {
	if n.Type != html.ElementNode || skipTags[n.Data] || n.Data == "br" {
		return
	}
	switch n.Data {
	case "li":
		w.prefix = "" // an empty item must not label the next paragraph
	case "ul", "ol":
		w.lists--
	case "pre":
		w.pre--
	}
	if w.lists > 0 && (n.Data == "ul" || n.Data == "ol") {
		w.brk(1)
		return
	}
	w.brk(breakLevel(n.Data))
}

// brk asks for a break of at least level before the next word.
func (w *textWriter) brk(level int) {
	if level <= 0 {
		return
	}
	w.pending = max(w.pending, min(level, 2))
	w.space = false
}

// text splits a text node into words; inside <pre> its newlines are kept.
func (w *textWriter) text(s string) {
	if w.pre > 0 && strings.Contains(s, "\n") {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				w.brk(1)
			}
			w.text(line)
		}
		return
	}
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				w.word(s[start:i])
				start = -1
			}
			w.space = true
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

func (w *textWriter) word(s string) {
	lineStart := w.b.Len() == 0 || w.pending > 0
	switch {
	case w.b.Len() == 0:
	case w.pending > 0:
		w.b.WriteString("\n\n"[:w.pending])
	case w.space:
		w.b.WriteByte(' ')
	}
	if lineStart {
		w.b.WriteString(w.prefix)
		w.prefix = ""
	}
	w.pending, w.space = 0, false
	w.b.WriteString(s)
}

// isSpace counts no-break spaces as spaces: pages use &nbsp; for layout.
func isSpace(r rune) bool {
	return unicode.IsSpace(r)
}

// walkEvents visits root's subtree in document order without recursion, so
// no input can exhaust the stack. enter returns whether to descend; exit is
// called for every entered node once its children are done.
func walkEvents(root *html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			exit(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// walk visits root's subtree in document order; visit returns whether to
// descend into the node's children.
func walk(root *html.Node, visit func(*html.Node) bool) {
	walkEvents(root, visit, func(*html.Node) {})
}
