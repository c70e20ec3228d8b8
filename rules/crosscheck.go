package rules

// Validate checks packs against each other: rule ids are unique across all
// packs, combination rules name rules that exist without a cycle, and each
// reported combination has examples of the kind it can be tested with
// (texts, or listings by field when it is FieldOnly).
func Validate(packs []Pack) error {
	var errs Errors
	seen := map[string]*Rule{}
	for pi := range packs {
		for ri := range packs[pi].Rules {
			r := &packs[pi].Rules[ri]
			if prev, dup := seen[r.ID]; dup {
				errs = append(errs, Error{File: r.File, Line: r.Line, Rule: r.ID, Field: "id",
					Msg: "duplicate id: already defined at " + prev.File + ":" + itoa(prev.Line)})
				continue
			}
			seen[r.ID] = r
		}
	}
	ids := sortedIDs(seen)
	for _, id := range ids {
		r := seen[id]
		for _, ref := range refs(r) {
			if _, ok := seen[ref]; !ok {
				errs = append(errs, Error{File: r.File, Line: r.Line, Rule: r.ID, Field: "all/any",
					Msg: "names unknown rule " + quote(ref)})
			}
		}
	}
	cyc := cycles(seen, ids)
	errs = append(errs, cyc...)
	if len(cyc) == 0 {
		errs = append(errs, exampleErrors(seen, ids)...)
	}
	return errs.err()
}

func refs(r *Rule) []string { return append(append([]string{}, r.All...), r.Any...) }

// cycles reports each combination rule whose references lead back to it.
func cycles(rules map[string]*Rule, ids []string) Errors {
	var errs Errors
	for _, id := range ids {
		if reaches(rules, id, id, map[string]bool{}) {
			r := rules[id]
			errs = append(errs, Error{File: r.File, Line: r.Line, Rule: id, Field: "all/any",
				Msg: "combination rules form a cycle back to this rule"})
		}
	}
	return errs
}

func reaches(rules map[string]*Rule, from, target string, seen map[string]bool) bool {
	r, ok := rules[from]
	if !ok || seen[from] {
		return false
	}
	seen[from] = true
	for _, ref := range refs(r) {
		if ref == target || reaches(rules, ref, target, seen) {
			return true
		}
	}
	return false
}
