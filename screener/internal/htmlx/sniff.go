package htmlx

import (
	"bytes"
	"regexp"
)

// sniffLen is how much of the input LooksLikeHTML reads; markup shows itself
// early, and a bounded look keeps the check cheap on huge inputs.
const sniffLen = 2048

var (
	// documentPattern matches openings only a whole HTML document has.
	documentPattern = regexp.MustCompile(`(?i)<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]`)
	// elementPattern matches common advert elements, opening or closing, with
	// the name ended properly so "a < b" or "<hr@example.pk>" do not count.
	elementPattern = regexp.MustCompile(`(?i)</?(p|div|span|a|br|hr|h[1-6]|ul|ol|li|table|tr|td|th|` +
		`strong|em|b|i|u|img|meta|title|section|article|main|header|footer|nav|dl|dt|dd)(\s[^<>]*)?/?>`)
)

// LooksLikeHTML reports whether b (the first KB or so of an input) is an HTML
// document or fragment. A document opening is enough; otherwise it takes a
// known element at the very start, or two known tags anywhere, so that plain
// text mentioning one tag-like word is still read as text.
func LooksLikeHTML(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n\f")
	if documentPattern.Match(b) {
		return true
	}
	if bytes.HasPrefix(b, []byte("<?xml")) || len(b) > 0 && (b[0] == '{' || b[0] == '[') {
		return false // an RSS feed, or JSON whose strings happen to hold markup
	}
	tags := elementPattern.FindAllIndex(b, 2)
	switch len(tags) {
	case 0:
		return false
	case 1:
		return tags[0][0] == 0 || bytes.HasPrefix(b, []byte("<!--"))
	}
	return true
}
