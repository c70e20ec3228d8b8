package htmlx

import (
	"bytes"
	"fmt"
	"io"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flattenDepth is how deep the first fallback lets elements nest. The HTML
// parser refuses documents whose open-element stack passes 512, and real
// adverts never come close, so anything deeper is hostile or machine-made
// and loses only its nesting, not its text.
const flattenDepth = 128

// parseFunc parses one HTML input into the nodes to work on.
type parseFunc func(io.Reader) ([]*html.Node, error)

// parseDocument parses a whole page, repairing it rather than failing.
func parseDocument(data []byte) (*html.Node, []string) {
	nodes, warnings := parseRobust(data, func(r io.Reader) ([]*html.Node, error) {
		n, err := html.Parse(r)
		return []*html.Node{n}, err
	})
	if len(nodes) == 0 || nodes[0] == nil {
		return &html.Node{Type: html.DocumentNode}, warnings
	}
	return nodes[0], warnings
}

// parseFragment parses HTML found inside a field (a JSON-LD description) as
// the children of a <div>.
func parseFragment(s string) []*html.Node {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, _ := parseRobust([]byte(s), func(r io.Reader) ([]*html.Node, error) {
		return html.ParseFragment(r, ctx)
	})
	return nodes
}

// parseRobust tries the input as is, then with its nesting flattened, then as
// bare text. Each step is one linear pass, so the worst case stays linear.
func parseRobust(data []byte, parse parseFunc) ([]*html.Node, []string) {
	nodes, err := parse(bytes.NewReader(data))
	if err == nil {
		return nodes, nil
	}
	warnings := []string{fmt.Sprintf("HTML: %v; nesting deeper than %d elements was flattened", err, flattenDepth)}
	if nodes, err = parse(bytes.NewReader(flattenTags(data, flattenDepth))); err == nil {
		return nodes, warnings
	}
	warnings = append(warnings, fmt.Sprintf("HTML: %v; only the text was kept", err))
	nodes, err = parse(bytes.NewReader(textOnly(data)))
	if err != nil {
		return nil, append(warnings, fmt.Sprintf("HTML: %v; the page was skipped", err))
	}
	return nodes, warnings
}

// flattenTags rewrites the markup so that no more than limit non-void
// elements are open at once: deeper start tags, and their end tags, are left
// out. Raw-text elements are always kept, or their contents would leak out as
// visible text.
func flattenTags(data []byte, limit int) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if !voidTags[tag] {
				if len(open) >= limit && !rawTextTags[tag] {
					continue
				}
				open = append(open, tag)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			i := lastIndex(open, string(name))
			if i < 0 {
				continue // closes nothing we kept
			}
			open = open[:i]
		}
		out.Write(z.Raw())
	}
}

// textOnly keeps the text and turns block tags into <br>, for input that even
// flattening could not make parseable.
func textOnly(data []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	hidden := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out.Bytes()
		case html.TextToken:
			if !hidden {
				out.WriteString(html.EscapeString(string(z.Text())))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			hidden = rawTextTags[string(name)]
			if breakLevel(string(name)) > 0 {
				out.WriteString("<br>")
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			hidden = false
			if breakLevel(string(name)) > 0 {
				out.WriteString("<br>")
			}
		}
	}
}

// voidTags never have children, so they never deepen the tree.
var voidTags = setOf("area", "base", "br", "col", "embed", "hr", "img", "input",
	"link", "meta", "param", "source", "track", "wbr")

// rawTextTags hold text the tokenizer does not parse as markup.
var rawTextTags = setOf("script", "style", "textarea", "title", "xmp", "iframe",
	"noembed", "noframes", "noscript", "plaintext")

func setOf(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}

// lastIndex finds the innermost open element called tag; open is at most
// flattenDepth+1 long, so the scan costs a constant per end tag.
func lastIndex(open []string, tag string) int {
	for i := len(open) - 1; i >= 0; i-- {
		if open[i] == tag {
			return i
		}
	}
	return -1
}
