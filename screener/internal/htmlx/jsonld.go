package htmlx

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// jsonLDBlocks returns the text of every application/ld+json script, in
// page order. The type is compared case-insensitively and without
// parameters, since both "application/LD+JSON" and "...; charset=utf-8" occur.
func jsonLDBlocks(doc *goquery.Document) []string {
	var blocks []string
	doc.Find("script").Each(func(_ int, s *goquery.Selection) {
		typ, _ := s.Attr("type")
		typ, _, _ = strings.Cut(typ, ";")
		if !strings.EqualFold(strings.TrimSpace(typ), "application/ld+json") {
			return
		}
		var b strings.Builder
		for c := s.Nodes[0].FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		blocks = append(blocks, b.String())
	})
	return blocks
}

// findPosting decodes the blocks and returns the first JobPosting. Blocks
// that do not decode are skipped with a warning, so one broken widget cannot
// hide a good posting in a later block.
func findPosting(blocks []string) (map[string]any, []string) {
	var postings []map[string]any
	var warnings []string
	nodes := map[string]map[string]any{}
	for i, block := range blocks {
		values, err := decodeBlock(block)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("JSON-LD block %d: invalid JSON: %v (ignored)", i+1, err))
		}
		for _, v := range values {
			postings = collectPostings(v, postings)
			indexNodes(v, nodes)
		}
	}
	if len(postings) == 0 {
		return nil, warnings
	}
	if len(postings) > 1 {
		warnings = append(warnings, fmt.Sprintf("JSON-LD: %d JobPostings found; the first was used", len(postings)))
	}
	return resolveRefs(postings[0], nodes), warnings
}

// indexNodes records every object of v that has an "@id" and more than that
// id, so that a reference elsewhere ({"@id": "…#org"}) can be followed.
func indexNodes(v any, nodes map[string]map[string]any) {
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			indexNodes(item, nodes)
		}
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, seen := nodes[id]; !seen {
				nodes[id] = v
			}
		}
		for _, item := range v {
			indexNodes(item, nodes)
		}
	}
}

// resolveRefs returns the posting with each top-level property that is only
// a reference ({"@id": …}) replaced by the node it names, as pages built with
// an "@graph" write hiringOrganization and jobLocation. The posting itself is
// not modified.
func resolveRefs(posting map[string]any, nodes map[string]map[string]any) map[string]any {
	var out map[string]any
	for k, v := range posting {
		ref, ok := v.(map[string]any)
		if !ok || len(ref) != 1 {
			continue
		}
		id, _ := ref["@id"].(string)
		node, found := nodes[id]
		if !found {
			continue
		}
		if out == nil {
			out = maps.Clone(posting)
		}
		out[k] = node
	}
	if out == nil {
		return posting
	}
	return out
}

// decodeBlock decodes every JSON value in a block. Values decoded before an
// error are kept, because pages sometimes concatenate objects in one script.
func decodeBlock(block string) ([]any, error) {
	dec := json.NewDecoder(strings.NewReader(cleanJSON(block)))
	dec.UseNumber() // keep salaries exactly as written, decimals included
	var values []any
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return values, nil
		}
		if err != nil {
			return values, err
		}
		values = append(values, v)
	}
}

// cleanJSON undoes what CMSs do to JSON-LD: HTML comment or CDATA wrappers, a
// trailing semicolon, and raw control characters inside strings.
func cleanJSON(s string) string {
	for prev := ""; prev != s; {
		prev = s
		s = strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))
		for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
			s = strings.TrimPrefix(s, w[0])
			s = strings.TrimSuffix(s, w[1])
		}
		s = strings.TrimRight(strings.TrimSpace(s), ";")
	}
	return escapeControls(s)
}

// escapeControls escapes control characters inside JSON strings (which JSON
// forbids but hand-written templates emit) and blanks them outside strings.
func escapeControls(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && inString:
			escaped = false
			switch c {
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				fmt.Fprintf(&b, `\u%04x`, c)
			}
			continue
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t':
			c = ' '
		case escaped:
			escaped = false
		case c == '\\' && inString:
			escaped = true
		case c == '"':
			inString = !inString
		}
		b.WriteByte(c)
	}
	return b.String()
}

// collectPostings appends every JobPosting in v, in document order. Object
// keys are visited in sorted order so the choice of "first" is deterministic.
func collectPostings(v any, found []map[string]any) []map[string]any {
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			found = collectPostings(item, found)
		}
	case map[string]any:
		if isJobPosting(v["@type"]) {
			return append(found, v)
		}
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			found = collectPostings(v[k], found)
		}
	}
	return found
}

// isJobPosting accepts "JobPosting", "schema:JobPosting",
// "https://schema.org/JobPosting" and arrays holding any of them.
func isJobPosting(t any) bool {
	switch t := t.(type) {
	case string:
		t = strings.TrimSpace(t)
		if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
			t = t[i+1:]
		}
		return strings.EqualFold(t, "JobPosting")
	case []any:
		return slices.ContainsFunc(t, isJobPosting)
	}
	return false
}
