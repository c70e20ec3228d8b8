package rules

import (
	"fmt"
	"strings"
)

// Error is one problem in a rule file.
type Error struct {
	File  string
	Line  int    // 0 when unknown
	Rule  string // rule id, "" for pack-level problems
	Field string // the YAML key at fault, "" when the problem is the whole rule
	Msg   string
}

func (e Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Rule != "" {
		fmt.Fprintf(&b, "rule %q: ", e.Rule)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "%s: ", e.Field)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors collects every problem found while loading; it is returned as an
// error only when it is not empty.
type Errors []Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

type collector struct {
	file string
	errs Errors
}

func (c *collector) add(line int, rule, field, format string, args ...any) {
	c.errs = append(c.errs, Error{File: c.file, Line: line, Rule: rule, Field: field, Msg: fmt.Sprintf(format, args...)})
}
