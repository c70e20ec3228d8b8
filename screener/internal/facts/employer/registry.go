package employer

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Registry is an immutable set of normalised company names, such as an
// export of registered companies the user trusts. It is safe for concurrent use.
type Registry struct {
	names map[string]struct{}
}

// maxRegistryErrors stops a badly broken file from producing an endless report.
const maxRegistryErrors = 20

// nameColumns are the header names accepted for the company-name column.
var nameColumns = []string{"name", "company", "company_name", "company name", "companyname"}

// LoadRegistry reads a CSV whose header has a name column (name, company or
// company_name). Rows with the wrong number of fields, bad quoting or an
// empty name are errors naming file and line; all are collected (up to 20)
// and no Registry is returned if any occurred.
func LoadRegistry(r io.Reader, file string) (*Registry, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading header: %w", file, err)
	}
	col := nameColumn(header)
	if col < 0 {
		return nil, fmt.Errorf("%s:1: no name column in header %q (allowed: %s)", file, header, strings.Join(nameColumns[:3], ", "))
	}
	reg := &Registry{names: map[string]struct{}{}}
	var errs []error
	for len(errs) < maxRegistryErrors {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, rowError(file, err))
			continue
		}
		line, _ := cr.FieldPos(col)
		key := normaliseName(rec[col])
		if key == "" {
			errs = append(errs, fmt.Errorf("%s:%d: empty company name", file, line))
			continue
		}
		reg.names[key] = struct{}{}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return reg, nil
}

// rowError prefixes a CSV error with file and line; csv.ParseError already
// knows the line, which is the point of unwrapping it.
func rowError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: %w", file, pe.Line, pe.Err)
	}
	return fmt.Errorf("%s: %w", file, err)
}

func nameColumn(header []string) int {
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		for _, want := range nameColumns {
			if h == want {
				return i
			}
		}
	}
	return -1
}

// Contains reports whether name, normalised like the registry's names, is in it.
func (r *Registry) Contains(name string) bool {
	if r == nil {
		return false
	}
	_, ok := r.names[normaliseName(name)]
	return ok
}

// Len returns the number of distinct names in the registry.
func (r *Registry) Len() int {
	if r == nil {
		return 0
	}
	return len(r.names)
}

// normaliseName folds case and width, drops punctuation and strips legal
// forms at the end, so "ABC Solutions (Pvt.) Ltd." and "abc solutions
// private limited" are the same key.
func normaliseName(s string) string {
	s = strings.ReplaceAll(strings.ToLower(norm.NFKC.String(s)), ".", "")
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && r != '\u00a0')
	})
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 0 && legalSuffix[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

var legalSuffix = wordSet(`pvt private ltd limited llc inc incorporated corp corporation co llp plc gmbh
	fze fz fzco wll sdn bhd pte smc opc`)

// NewRegistry builds a registry from names given directly, as a library
// caller holding its own list of registered employers would.
func NewRegistry(names []string) *Registry {
	reg := &Registry{names: make(map[string]struct{}, len(names))}
	for _, n := range names {
		if key := normaliseName(n); key != "" {
			reg.names[key] = struct{}{}
		}
	}
	return reg
}

// ReadNames reads a registry CSV like LoadRegistry and returns the names as
// written, for callers that pass names on (screener.Options).
func ReadNames(r io.Reader, file string) ([]string, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading header: %w", file, err)
	}
	col := nameColumn(header)
	if col < 0 {
		return nil, fmt.Errorf("%s:1: no name column in header %q (allowed: %s)", file, header, strings.Join(nameColumns[:3], ", "))
	}
	var names []string
	var errs []error
	for len(errs) < maxRegistryErrors {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, rowError(file, err))
			continue
		}
		if strings.TrimSpace(rec[col]) == "" {
			line, _ := cr.FieldPos(col)
			errs = append(errs, fmt.Errorf("%s:%d: empty company name", file, line))
			continue
		}
		names = append(names, rec[col])
	}
	return names, errors.Join(errs...)
}
