package places

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// entry is one gazetteer record as written in YAML.
type entry struct {
	Name       string   `yaml:"name"`
	Kind       string   `yaml:"kind"`
	Country    string   `yaml:"country"`
	Names      []string `yaml:"names"`
	Hub        bool     `yaml:"hub"`
	Note       string   `yaml:"note"`
	Home       bool     `yaml:"home"`
	Demonyms   []string `yaml:"demonyms"`
	Currencies []string `yaml:"currencies"`
}

var allowedFields = []string{"name", "kind", "country", "names", "hub", "note", "home", "demonyms", "currencies"}

var allowedKinds = map[string]bool{"": true, "country": true, "region": true, "city": true, "area": true}

// Load parses and validates a gazetteer. Every problem is reported, each
// naming the file, the entry and the field, so a user fixing a file sees
// all mistakes at once.
func Load(yamlBytes []byte, file string) (*Gazetteer, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(yamlBytes, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	items, err := placeNodes(&root, file)
	if err != nil {
		return nil, err
	}
	var errs []error
	entries := make([]entry, 0, len(items))
	for i, n := range items {
		e, es := decodeEntry(n, file, i)
		errs = append(errs, es...)
		entries = append(entries, e)
	}
	errs = append(errs, duplicates(entries, file)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return compile(entries), nil
}

// placeNodes returns the items of the top-level "places" list.
func placeNodes(root *yaml.Node, file string) ([]*yaml.Node, error) {
	if len(root.Content) == 0 {
		return nil, fmt.Errorf("%s: empty gazetteer: want a top-level \"places\" list", file)
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: want a mapping with a \"places\" list", file, doc.Line)
	}
	var places *yaml.Node
	for i := 0; i+1 < len(doc.Content); i += 2 {
		if k := doc.Content[i].Value; k != "places" {
			return nil, fmt.Errorf("%s:%d: unknown top-level key %q (allowed: places)", file, doc.Content[i].Line, k)
		}
		places = doc.Content[i+1]
	}
	if places == nil || places.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s: \"places\" must be a list", file)
	}
	return places.Content, nil
}

// decodeEntry checks one item's keys and values and decodes it.
func decodeEntry(n *yaml.Node, file string, i int) (entry, []error) {
	var e entry
	where := fmt.Sprintf("%s:%d: places[%d]", file, n.Line, i)
	if n.Kind != yaml.MappingNode {
		return e, []error{fmt.Errorf("%s: want a mapping", where)}
	}
	var errs []error
	for k := 0; k+1 < len(n.Content); k += 2 {
		if name := n.Content[k].Value; !slices.Contains(allowedFields, name) {
			errs = append(errs, fmt.Errorf("%s (%s): unknown field %q (allowed: %s)",
				where, fieldValue(n, "name"), name, strings.Join(allowedFields, ", ")))
		}
	}
	if err := n.Decode(&e); err != nil {
		return e, append(errs, fmt.Errorf("%s (%s): %v", where, fieldValue(n, "name"), err))
	}
	where = fmt.Sprintf("%s (%s)", where, e.Name)
	if strings.TrimSpace(e.Name) == "" {
		errs = append(errs, fmt.Errorf("%s: field \"name\" is missing", where))
	}
	if e.Country == "" {
		errs = append(errs, fmt.Errorf("%s: field \"country\" is missing (an ISO 3166-1 alpha-2 code such as PK)", where))
	} else if !isISO2(e.Country) {
		errs = append(errs, fmt.Errorf("%s: field \"country\": %q is not a two-letter upper-case ISO code", where, e.Country))
	}
	if !allowedKinds[e.Kind] {
		errs = append(errs, fmt.Errorf("%s: field \"kind\": %q is not one of country, region, city, area", where, e.Kind))
	}
	return e, errs
}

// duplicates reports a spelling claimed by two entries: the matcher could
// not tell which place the advert meant.
func duplicates(entries []entry, file string) []error {
	owner := map[string]int{}
	var errs []error
	for i, e := range entries {
		for _, v := range variants(e) {
			key := foldName(v)
			if key == "" {
				continue
			}
			if j, ok := owner[key]; ok && j != i {
				errs = append(errs, fmt.Errorf("%s: places[%d] (%s): field \"names\": %q is already a name of places[%d] (%s)",
					file, i, e.Name, v, j, entries[j].Name))
				continue
			}
			owner[key] = i
		}
	}
	return errs
}

func fieldValue(n *yaml.Node, key string) string {
	for k := 0; k+1 < len(n.Content); k += 2 {
		if n.Content[k].Value == key {
			return n.Content[k+1].Value
		}
	}
	return "?"
}

func isISO2(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
