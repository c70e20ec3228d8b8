package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkRule validates one rule on its own.
func checkRule(c *collector, r *Rule) {
	id, line := r.ID, r.Line
	if !idPattern.MatchString(id) {
		c.add(line, id, "id", "must be kebab-case (lower-case letters, digits and single dashes), got %q", id)
	}
	for field, v := range map[string]string{"title": r.Title, "why": r.Why} {
		if strings.TrimSpace(v) == "" {
			c.add(line, id, field, "missing: every rule explains itself")
		}
	}
	if !r.Internal && strings.TrimSpace(r.Advice) == "" {
		c.add(line, id, "advice", "missing: every reported rule tells the reader what to do")
	}
	oneOf(c, line, id, "group", r.Group, Groups)
	oneOf(c, line, id, "severity", r.Severity, Severities)
	checkPoints(c, r)
	checkMatchers(c, r)
	for _, f := range r.Scope {
		oneOf(c, line, id, "scope", f, FieldNames)
	}
	if r.Unless.Scope != "" {
		oneOf(c, line, id, "unless.scope", r.Unless.Scope, []string{"sentence", "text"})
	}
	checkExamples(c, r)
}

func oneOf(c *collector, line int, id, field, v string, allowed []string) {
	if !slices.Contains(allowed, v) {
		c.add(line, id, field, "%q is not allowed (allowed: %s)", v, strings.Join(allowed, ", "))
	}
}

func checkPoints(c *collector, r *Rule) {
	switch {
	case r.Points < -PointsLimit || r.Points > PointsLimit:
		c.add(r.Line, r.ID, "points", "%d is out of range (allowed: %d to %d)", r.Points, -PointsLimit, PointsLimit)
	case r.Internal && r.Points != 0:
		c.add(r.Line, r.ID, "points", "an internal rule carries no points (got %d)", r.Points)
	case r.Group == "legitimacy" && r.Points > 0:
		c.add(r.Line, r.ID, "points", "a legitimacy rule lowers the score: points must be 0 or less (got %d)", r.Points)
	case r.Group != "legitimacy" && r.Points < 0:
		c.add(r.Line, r.ID, "points", "only legitimacy rules carry negative points (got %d in group %q)", r.Points, r.Group)
	}
}

func checkMatchers(c *collector, r *Rule) {
	text := len(r.Phrases) + len(r.Regex) + len(r.Facts) + len(r.Fields)
	combo := len(r.All) + len(r.Any)
	switch {
	case text == 0 && combo == 0:
		c.add(r.Line, r.ID, "", "has nothing to match: give phrases, regex, facts, fields, all or any")
	case text > 0 && combo > 0:
		c.add(r.Line, r.ID, "", "mixes matchers with all/any: put the matchers in their own rule and name it")
	case len(r.All) > 0 && len(r.Any) > 0:
		c.add(r.Line, r.ID, "", "has both all and any: use two rules")
	}
	if r.Min < 0 || (r.Min > 0 && r.Min > len(r.Any)) {
		c.add(r.Line, r.ID, "min", "%d is out of range (allowed: 1 to the %d rules in any)", r.Min, len(r.Any))
	}
	for _, p := range r.Phrases {
		if !phraseHasWord(p) {
			c.add(r.Line, r.ID, "phrases", "%q has no word to match", p)
		}
	}
	checkRegex(c, r)
	for _, f := range r.Facts {
		checkFact(c, r, f)
	}
	for _, f := range r.Fields {
		oneOf(c, r.Line, r.ID, "fields.field", f.Field, FieldNames)
		if f.Empty == (len(f.In) > 0) {
			c.add(r.Line, r.ID, "fields", "field %q: give exactly one of empty: true or in: [values]", f.Field)
		}
	}
}

func phraseHasWord(p string) bool {
	for _, w := range strings.Fields(p) {
		if w != "*" && w != ".." {
			return true
		}
	}
	return false
}

func checkRegex(c *collector, r *Rule) {
	for _, pat := range r.Regex {
		if _, err := regexp.Compile(pat); err != nil {
			c.add(r.Line, r.ID, "regex", "%q does not compile: %v", pat, err)
		}
	}
	if len(r.Regex) > 0 && len(r.Keywords) == 0 {
		c.add(r.Line, r.ID, "keywords", "missing: a regex runs only after one of its keywords is seen, so give at least one")
	}
	for _, k := range r.Keywords {
		if k == "" || k != strings.ToLower(k) {
			c.add(r.Line, r.ID, "keywords", "%q must be non-empty and lower-case (the text is folded before matching)", k)
		}
	}
}

func checkFact(c *collector, r *Rule, t FactTest) {
	f, ok := LookupFact(t.Name)
	if !ok {
		c.add(r.Line, r.ID, "facts.name", "unknown fact %q (allowed: %s)", t.Name, strings.Join(FactNames(), ", "))
		return
	}
	for k, v := range t.Params {
		p, ok := f.Params[k]
		if !ok {
			c.add(r.Line, r.ID, "facts."+k, "fact %s has no parameter %q (allowed: %s)", t.Name, k, paramNames(f))
			continue
		}
		if msg := checkParam(p, v); msg != "" {
			c.add(r.Line, r.ID, "facts."+k, "%s", msg)
		}
	}
}

func paramNames(f Fact) string {
	if len(f.Params) == 0 {
		return "none"
	}
	names := make([]string, 0, len(f.Params))
	for k := range f.Params {
		names = append(names, k)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func checkParam(p Param, v any) string {
	switch p.Kind {
	case Number:
		n, ok := AsNumber(v)
		if !ok || n < p.Min || n > p.Max {
			return fmt.Sprintf("%v is not allowed (allowed: a number from %g to %g)", v, p.Min, p.Max)
		}
	case Bool:
		if _, ok := v.(bool); !ok {
			return fmt.Sprintf("%v is not allowed (allowed: true or false)", v)
		}
	case Level:
		s, _ := v.(string)
		if !slices.Contains(Levels, s) {
			return fmt.Sprintf("%v is not allowed (allowed: %s)", v, strings.Join(Levels, ", "))
		}
	case Enum:
		vals, ok := EnumValues(v)
		if !ok || len(vals) == 0 {
			return fmt.Sprintf("%v is not allowed (allowed: one of %s, or a list of them)", v, strings.Join(p.Values, ", "))
		}
		for _, s := range vals {
			if !slices.Contains(p.Values, s) {
				return fmt.Sprintf("%q is not allowed (allowed: %s)", s, strings.Join(p.Values, ", "))
			}
		}
	}
	return ""
}

// EnumValues reads an Enum parameter: a single string or a list of
// strings. ok is false for anything else.
func EnumValues(v any) (vals []string, ok bool) {
	switch x := v.(type) {
	case string:
		return []string{x}, true
	case []any:
		for _, e := range x {
			s, isStr := e.(string)
			if !isStr {
				return nil, false
			}
			vals = append(vals, s)
		}
		return vals, true
	}
	return nil, false
}

// AsNumber converts a decoded YAML number to float64.
func AsNumber(v any) (float64, bool) {
	switch n := v.(type) {
	case int:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

func checkExamples(c *collector, r *Rule) {
	checkFieldExamples(c, r)
	if r.Internal || r.IsCombination() {
		return // a combination's examples are checked across packs, in Validate
	}
	for _, e := range missingExamples(r, FieldOnly(r, nil)) {
		c.add(r.Line, r.ID, e[0], "%s", e[1])
	}
}
