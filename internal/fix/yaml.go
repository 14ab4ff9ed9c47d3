package fix

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// fixYAML writes a set fix into a YAML file as a line splice: yaml.v3 finds the node, and
// only its line (or the lines inserted) change, since re-encoding would reflow the file.
func (p *planner) fixYAML(f *finding.Finding, r *resource.Resource) error {
	set := f.Rule.Fix.Set
	if set == nil {
		return fmt.Errorf("the rule's fix does not apply to %s sources", r.Origin)
	}
	path := set.Path
	if len(path) == 0 {
		path = f.Path
	}
	if len(path) == 0 {
		return fmt.Errorf("the rule's fix names no attribute and the finding has no path")
	}
	for _, u := range r.Unknowns {
		if path.HasPrefix(u) || u.HasPrefix(path) {
			return fmt.Errorf("%s is unknown", path)
		}
	}
	if r.Origin == resource.OriginKubernetes {
		return p.setManifest(f, r, path, set.Value)
	}
	// Helm and Kustomize: the value is rewritten where the chart's values or the overlay set
	// it; an absent value would have to be added to a template or a patch, left to a person.
	loc, ok := r.Locations[path.String()]
	if !ok {
		return fmt.Errorf("%s is not set in a file Plumb can edit (a %s template or base): add it by hand", path, r.Origin)
	}
	fl, err := p.open(loc.File)
	if err != nil {
		return err
	}
	docs, err := yamlDocs(fl.yaml)
	if err != nil {
		// A Helm template is not YAML until rendered: a literal on the value's own line is
		// still rewritten on that line.
		if r.Origin == resource.OriginHelm {
			return p.replaceTemplateLine(fl, f, loc.StartLine, path, set.Value)
		}
		return fmt.Errorf("%s: %w", loc.File, err)
	}
	key, val := scalarAtLine(docs, loc.StartLine)
	if val == nil {
		return fmt.Errorf("%s: the value is not a plain key: value Plumb can rewrite", loc)
	}
	if last, _ := path[len(path)-1].(string); key.Value != last {
		return fmt.Errorf("%s: the value comes from %s, which also decides other things: fix it by hand", loc, key.Value)
	}
	return p.replaceScalar(fl, f, val, set.Value)
}

// templateLine is a template line that sets a key to a plain literal, with an optional
// comment: "    privileged: true # why".
var templateLine = regexp.MustCompile(`^(\s*(?:-\s+)?)([A-Za-z0-9_.-]+):(\s+)([A-Za-z0-9_.-]+)(\s*(?:#.*)?)$`)

// replaceTemplateLine rewrites a literal written on a Helm template's line, when the line is
// exactly "key: literal" and the key is the path's last segment.
func (p *planner) replaceTemplateLine(fl *file, f *finding.Finding, line int, path resource.Path, value any) error {
	lines := strings.SplitAfter(string(fl.yaml), "\n")
	if line < 1 || line > len(lines) {
		return fmt.Errorf("%s:%d: line out of range", fl.name, line)
	}
	body := strings.TrimRight(lines[line-1], "\r\n")
	m := templateLine.FindStringSubmatch(body)
	last, _ := path[len(path)-1].(string)
	if m == nil || m[2] != last {
		return fmt.Errorf("%s:%d: the template computes the value: fix it by hand", fl.name, line)
	}
	var old any
	if err := yaml.Unmarshal([]byte(m[4]), &old); err != nil || tagOf(old) != tagOf(value) {
		return fmt.Errorf("%s:%d: the value is not a %s", fl.name, line, tagOf(value))
	}
	text, err := scalarText(value)
	if err != nil {
		return err
	}
	lines[line-1] = m[1] + m[2] + ":" + m[3] + text + m[5] + lines[line-1][len(body):]
	fl.yaml = []byte(strings.Join(lines, ""))
	fl.findings = append(fl.findings, f)
	return nil
}

// setManifest walks a manifest to the canonical path's place in the object (the pod
// template of a workload) and replaces the value there, or adds the missing keys.
func (p *planner) setManifest(f *finding.Finding, r *resource.Resource, path resource.Path, value any) error {
	mp := path
	if path[0] == "pod" {
		tp, ok := adapt.KubernetesPodTemplatePath(r.Type)
		if !ok {
			return fmt.Errorf("%s has no pod template", r.Type)
		}
		mp = append(tp, path[1:]...)
	}
	decl := r.Locations[""]
	fl, err := p.open(decl.File)
	if err != nil {
		return err
	}
	docs, err := yamlDocs(fl.yaml)
	if err != nil {
		return fmt.Errorf("%s: %w", decl.File, err)
	}
	node := objectNode(docs, r)
	if node == nil {
		return fmt.Errorf("%s: %s not found in the file", decl.File, r.Key)
	}
	for i, seg := range mp {
		switch s := seg.(type) {
		case string:
			if node.Kind != yaml.MappingNode {
				return fmt.Errorf("%s: %s is not a mapping", decl.File, mp[:i])
			}
			next := mapValue(node, s)
			if next == nil {
				return p.insertKeys(fl, f, node, mp[i:], value)
			}
			node = next
		case int:
			if node.Kind != yaml.SequenceNode || s >= len(node.Content) {
				return fmt.Errorf("%s: %s has no item %d", decl.File, mp[:i], s)
			}
			node = node.Content[s]
		}
	}
	if node.Kind != yaml.ScalarNode {
		return fmt.Errorf("%s:%d: %s is not a plain value", decl.File, node.Line, path)
	}
	return p.replaceScalar(fl, f, node, value)
}

// replaceScalar rewrites a scalar on its line, keeping what precedes it and a trailing
// comment.
func (p *planner) replaceScalar(fl *file, f *finding.Finding, n *yaml.Node, value any) error {
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 || n.Kind != yaml.ScalarNode {
		return fmt.Errorf("%s:%d: a block scalar is not rewritten", fl.name, n.Line)
	}
	if want := tagOf(value); n.Tag != want {
		return fmt.Errorf("%s:%d: the value is a %s, the fix a %s", fl.name, n.Line, n.Tag, want)
	}
	text, err := scalarText(value)
	if err != nil {
		return err
	}
	lines := strings.SplitAfter(string(fl.yaml), "\n")
	line := lines[n.Line-1]
	col := n.Column - 1
	if col > len(line) || !ascii(line[:col]) {
		return fmt.Errorf("%s:%d: cannot place the value on its line", fl.name, n.Line)
	}
	rest := strings.TrimRight(line[col:], "\r\n")
	end := len(rest)
	if i := strings.Index(rest, " #"); i >= 0 {
		end = i
	}
	val := strings.TrimRight(rest[:end], " \t")
	lines[n.Line-1] = line[:col] + text + line[col+len(val):]
	return p.commitYAML(fl, f, strings.Join(lines, ""))
}

// insertKeys adds rest (keys only) with value under the block mapping m, after its last line,
// at the indentation of its keys.
func (p *planner) insertKeys(fl *file, f *finding.Finding, m *yaml.Node, rest resource.Path, value any) error {
	if m.Style&yaml.FlowStyle != 0 || len(m.Content) == 0 {
		return fmt.Errorf("%s:%d: an empty or flow-style mapping is not extended", fl.name, m.Line)
	}
	last, ok := lastLine(m)
	if !ok {
		return fmt.Errorf("%s:%d: the mapping ends in a block scalar: add the value by hand", fl.name, m.Line)
	}
	text, err := scalarText(value)
	if err != nil {
		return err
	}
	indent := strings.Repeat(" ", m.Content[0].Column-1)
	var b strings.Builder
	for i, seg := range rest {
		key, ok := seg.(string)
		if !ok {
			return fmt.Errorf("%s:%d: a list item cannot be created: add it by hand", fl.name, m.Line)
		}
		b.WriteString(indent + strings.Repeat("  ", i) + yamlKey(key) + ":")
		if i == len(rest)-1 {
			b.WriteString(" " + text)
		}
		b.WriteString("\n")
	}
	lines := strings.SplitAfter(string(fl.yaml), "\n")
	if last > len(lines) {
		return fmt.Errorf("%s:%d: line out of range", fl.name, last)
	}
	if !strings.HasSuffix(lines[last-1], "\n") {
		lines[last-1] += "\n"
	}
	out := strings.Join(lines[:last], "") + b.String() + strings.Join(lines[last:], "")
	return p.commitYAML(fl, f, out)
}

// commitYAML keeps an edit only when the file still parses.
func (p *planner) commitYAML(fl *file, f *finding.Finding, out string) error {
	if _, err := yamlDocs([]byte(out)); err != nil {
		return fmt.Errorf("%s: the fix would not parse: %w", fl.name, err)
	}
	fl.yaml = []byte(out)
	fl.findings = append(fl.findings, f)
	return nil
}

func yamlDocs(src []byte) ([]*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var docs []*yaml.Node
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		if len(n.Content) > 0 {
			docs = append(docs, n.Content[0])
		}
	}
}

// objectNode finds the manifest of r among docs, by kind, name and namespace.
func objectNode(docs []*yaml.Node, r *resource.Resource) *yaml.Node {
	meta, _ := r.Attributes["metadata"].(map[string]any)
	name, _ := meta["name"].(string)
	ns, _ := meta["namespace"].(string)
	for _, d := range docs {
		if d.Kind != yaml.MappingNode || scalar(mapValue(d, "kind")) != r.Type {
			continue
		}
		md := mapValue(d, "metadata")
		if md == nil || scalar(mapValue(md, "name")) != name || scalar(mapValue(md, "namespace")) != ns {
			continue
		}
		return d
	}
	return nil
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func scalar(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}

// scalarAtLine finds a key: value pair whose scalar value starts on line.
func scalarAtLine(docs []*yaml.Node, line int) (key, val *yaml.Node) {
	var walk func(n *yaml.Node) bool
	walk = func(n *yaml.Node) bool {
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				if v := n.Content[i+1]; v.Kind == yaml.ScalarNode && v.Line == line {
					key, val = n.Content[i], v
					return true
				}
			}
		}
		for _, c := range n.Content {
			if walk(c) {
				return true
			}
		}
		return false
	}
	for _, d := range docs {
		if walk(d) {
			return key, val
		}
	}
	return nil, nil
}

// lastLine is the last line of n's content; false when a block scalar makes it unknowable.
func lastLine(n *yaml.Node) (int, bool) {
	last := n.Line
	ok := true
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n.Line > last {
			last = n.Line
		}
		if n.Kind == yaml.ScalarNode && (n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 || strings.Contains(n.Value, "\n")) {
			ok = false
		}
		if n.Kind == yaml.AliasNode {
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	return last, ok
}

func tagOf(v any) string {
	switch v.(type) {
	case bool:
		return "!!bool"
	case int:
		return "!!int"
	case float64:
		return "!!float"
	}
	return "!!str"
}

func scalarText(v any) (string, error) {
	b, err := yaml.Marshal(v)
	if err != nil {
		return "", err
	}
	s := strings.TrimSuffix(string(b), "\n")
	if strings.Contains(s, "\n") {
		return "", fmt.Errorf("value %v does not fit on one line", v)
	}
	return s, nil
}

func yamlKey(k string) string {
	s, err := scalarText(k)
	if err != nil {
		return k
	}
	return s
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
