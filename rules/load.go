package rules

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed packs/*.yaml
var embedded embed.FS

// MaxFileSize bounds a rule file; a pack is text written by people.
const MaxFileSize = 4 << 20

// Default returns the packs embedded in the binary, validated together.
func Default() ([]Pack, error) {
	entries, err := fs.Glob(embedded, "packs/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(entries)
	var packs []Pack
	var all Errors
	for _, name := range entries {
		data, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		p, err := Parse(data, "embedded:"+filepath.Base(name))
		all = appendErrs(all, err)
		packs = append(packs, p)
	}
	all = appendErrs(all, Validate(packs))
	return packs, all.err()
}

// LoadFile reads and parses one pack file.
func LoadFile(path string) (Pack, error) {
	st, err := os.Stat(path)
	if err != nil {
		return Pack{}, err
	}
	if st.Size() > MaxFileSize {
		return Pack{}, Errors{{File: path, Msg: fmt.Sprintf("file is %d bytes; a rule pack may be at most %d", st.Size(), MaxFileSize)}}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Pack{}, err
	}
	return Parse(data, path)
}

// LoadPaths loads pack files, and every *.yaml/*.yml file of directories.
func LoadPaths(paths []string) ([]Pack, error) {
	var packs []Pack
	var all Errors
	for _, p := range paths {
		files, err := packFiles(p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			pk, err := LoadFile(f)
			var es Errors
			if err != nil && !errors.As(err, &es) {
				return nil, err
			}
			all = appendErrs(all, err)
			packs = append(packs, pk)
		}
	}
	return packs, all.err()
}

func packFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var files []string
	for _, pat := range []string{"*.yaml", "*.yml"} {
		m, _ := filepath.Glob(filepath.Join(path, pat))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no *.yaml rule packs in this directory", path)
	}
	return files, nil
}

func appendErrs(all Errors, err error) Errors {
	var es Errors
	if errors.As(err, &es) {
		return append(all, es...)
	}
	return all
}

// Parse decodes one pack and checks each rule on its own; Validate checks
// packs against each other.
func Parse(data []byte, file string) (Pack, error) {
	c := &collector{file: file}
	p := Pack{File: file}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		c.add(0, "", "", "not valid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
		return p, c.errs.err()
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		c.add(root.Line, "", "", "expected a mapping with keys pack, description, rules")
		return p, c.errs.err()
	}
	doc := root.Content[0]
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch k.Value {
		case "pack":
			p.Name = v.Value
		case "description":
			p.Description = v.Value
		case "rules":
			p.Rules = parseRules(c, v)
		default:
			c.add(k.Line, "", k.Value, "unknown field (allowed: description, pack, rules)")
		}
	}
	if p.Name == "" {
		c.add(doc.Line, "", "pack", "missing: every pack file names its pack")
	}
	for i := range p.Rules {
		p.Rules[i].File = file
	}
	return p, c.errs.err()
}

func parseRules(c *collector, n *yaml.Node) []Rule {
	if n.Kind != yaml.SequenceNode {
		c.add(n.Line, "", "rules", "expected a list of rules")
		return nil
	}
	rules := make([]Rule, 0, len(n.Content))
	for _, rn := range n.Content {
		id := ruleID(rn)
		checkKeys(c, rn, reflect.TypeOf(Rule{}), id, "")
		var r Rule
		if err := rn.Decode(&r); err != nil {
			addDecodeErr(c, rn.Line, id, err)
			continue
		}
		r.Line = rn.Line
		checkRule(c, &r)
		rules = append(rules, r)
	}
	return rules
}

func ruleID(n *yaml.Node) string {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "id" {
			return n.Content[i+1].Value
		}
	}
	return ""
}

// addDecodeErr splits yaml.v3's type errors ("line 7: cannot unmarshal …")
// into one Error each, keeping their lines.
func addDecodeErr(c *collector, line int, id string, err error) {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		c.add(line, id, "", "%v", err)
		return
	}
	for _, msg := range te.Errors {
		l := line
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			var n int
			if _, err := fmt.Sscanf(rest, "%d:", &n); err == nil {
				l = n
				msg = strings.TrimSpace(rest[strings.Index(rest, ":")+1:])
			}
		}
		c.add(l, id, "", "%s", msg)
	}
}
