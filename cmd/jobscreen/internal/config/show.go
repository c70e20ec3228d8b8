package config

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// YAML renders the effective configuration. Its first line is a comment
// naming the config file used, and every value that differs from the
// default carries a comment saying where it came from, so a user can see
// at a glance why jobscreen behaves as it does.
func (l *Loaded) YAML() ([]byte, error) {
	var eff, def yaml.Node
	if err := eff.Encode(l.Config); err != nil {
		return nil, err
	}
	if err := def.Encode(Defaults()); err != nil {
		return nil, err
	}
	l.annotate(&eff, &def, "")
	var b bytes.Buffer
	b.WriteString("# " + l.header() + "\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&eff); err != nil {
		return nil, err
	}
	return b.Bytes(), enc.Close()
}

func (l *Loaded) header() string {
	if l.File == "" {
		return "no config file; defaults, environment and flags only"
	}
	return "config file: " + l.File
}

// annotate walks the effective tree beside the default tree and comments
// each key whose value differs.
func (l *Loaded) annotate(eff, def *yaml.Node, path string) {
	for i := 0; i+1 < len(eff.Content); i += 2 {
		k, v := eff.Content[i], eff.Content[i+1]
		key := joinKey(path, k.Value)
		dv := lookup(def, k.Value)
		if v.Kind == yaml.MappingNode && len(v.Content) > 0 {
			l.annotate(v, orEmpty(dv), key)
			continue
		}
		if dv == nil || !sameValue(v, dv) {
			k.LineComment = "from " + l.sourceOf(key)
		}
	}
}

// sourceOf asks Source about a key, or about its nearest ancestor that
// viper knows when the key itself is a whole list or map.
func (l *Loaded) sourceOf(key string) string {
	for k := key; k != ""; {
		if s := l.Source(k); s != "default" {
			return s
		}
		i := strings.LastIndex(k, ".")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return "default"
}

func lookup(m *yaml.Node, key string) *yaml.Node {
	if m == nil {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func orEmpty(n *yaml.Node) *yaml.Node {
	if n == nil {
		return &yaml.Node{Kind: yaml.MappingNode}
	}
	return n
}

func sameValue(a, b *yaml.Node) bool {
	if a.Kind != b.Kind || a.Value != b.Value || len(a.Content) != len(b.Content) {
		return false
	}
	for i := range a.Content {
		if !sameValue(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}
