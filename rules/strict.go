package rules

import (
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// checkKeys walks a YAML node alongside the Go type it decodes into and
// reports every mapping key the type does not have, with the keys that are
// allowed. yaml.v3's KnownFields stops at the first surprise and cannot name
// the alternatives; this names them all.
func checkKeys(c *collector, n *yaml.Node, t reflect.Type, rule, path string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case n.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		fields, inline := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				if !inline {
					c.add(k.Line, rule, join(path, k.Value), "unknown field (allowed: %s)", strings.Join(sortedKeys(fields), ", "))
				}
				continue
			}
			checkKeys(c, v, ft, rule, join(path, k.Value))
		}
	case n.Kind == yaml.SequenceNode && t.Kind() == reflect.Slice:
		for _, item := range n.Content {
			checkKeys(c, item, t.Elem(), rule, path)
		}
	}
}

// yamlFields maps a struct's YAML keys to their types and says whether the
// struct has an inline map that accepts any other key.
func yamlFields(t reflect.Type) (map[string]reflect.Type, bool) {
	fields := map[string]reflect.Type{}
	inline := false
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		switch {
		case name == "-":
		case strings.Contains(opts, "inline"):
			inline = true
		case name != "":
			fields[name] = f.Type
		}
	}
	return fields, inline
}

func sortedKeys(m map[string]reflect.Type) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
