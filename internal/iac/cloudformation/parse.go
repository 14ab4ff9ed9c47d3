package cloudformation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// parseError is a template that is not well-formed YAML or JSON, at a line when known.
type parseError struct {
	line int
	msg  string
}

func (e *parseError) Error() string { return e.msg }

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// parse reads a template into a node tree. JSON is read by a JSON tokenizer rather than as
// YAML: YAML refuses some valid JSON (the escape \/, tabs before a key), and the tree the
// tokenizer builds is the same one the YAML parser gives, so the rest of the loader sees
// one format.
func parse(src []byte) (*yaml.Node, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if t := bytes.TrimLeft(src, " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		if n, err := parseJSON(src); err == nil {
			return n, nil
		} else if !looksLikeFlowYAML(t) {
			return nil, err
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		msg := err.Error()
		pe := &parseError{msg: strings.TrimPrefix(msg, "yaml: ")}
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			pe.line, _ = strconv.Atoi(m[1])
			pe.msg = strings.TrimPrefix(msg, m[0])
		}
		if strings.Contains(pe.msg, "tab character") {
			pe.line = tabLine(src, pe.line)
		}
		return nil, pe
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, &parseError{line: 1, msg: "the file is empty"}
	}
	return doc.Content[0], nil
}

// tabLine finds the line indented with a tab that yaml.v3 complains about: it reports the
// line of the construct around it, which may be the one before.
func tabLine(src []byte, reported int) int {
	for i, l := range bytes.Split(src, []byte("\n")) {
		if i+1 >= reported && bytes.HasPrefix(bytes.TrimLeft(l, " "), []byte("\t")) {
			return i + 1
		}
	}
	return reported
}

// looksLikeFlowYAML tells a YAML flow mapping with short-form tags ({Ref: !Ref X}) from
// broken JSON, which gets the JSON error.
func looksLikeFlowYAML(t []byte) bool { return bytes.Contains(t, []byte("!")) }

// parseJSON builds a node tree from JSON with the line of every value.
func parseJSON(src []byte) (*yaml.Node, error) {
	lines := newlineOffsets(src)
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	p := &jsonParser{dec: dec, lines: lines}
	n, err := p.value(0)
	if err != nil {
		return nil, p.wrap(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &parseError{line: p.lineAt(dec.InputOffset()), msg: "unexpected content after the JSON document"}
	}
	return n, nil
}

type jsonParser struct {
	dec   *json.Decoder
	lines []int64
}

// maxJSONDepth bounds nesting so a hostile file cannot exhaust the stack.
const maxJSONDepth = 1000

func (p *jsonParser) wrap(err error) error {
	var pe *parseError
	if errors.As(err, &pe) {
		return pe
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset counts the bytes read before the offending one.
		return &parseError{line: p.lineAt(se.Offset + 1), msg: se.Error()}
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &parseError{line: len(p.lines) + 1, msg: "unexpected end of JSON input"}
	}
	return &parseError{line: p.lineAt(p.dec.InputOffset()), msg: err.Error()}
}

// lineAt is the 1-based line of the byte before offset (the token just read ends there).
func (p *jsonParser) lineAt(offset int64) int {
	if offset > 0 {
		offset--
	}
	return sort.Search(len(p.lines), func(i int) bool { return p.lines[i] >= offset }) + 1
}

func (p *jsonParser) value(depth int) (*yaml.Node, error) {
	if depth > maxJSONDepth {
		return nil, &parseError{line: p.lineAt(p.dec.InputOffset()), msg: "the document is nested too deeply"}
	}
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	line := p.lineAt(p.dec.InputOffset())
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Style: yaml.FlowStyle}
			for p.dec.More() {
				kt, err := p.dec.Token()
				if err != nil {
					return nil, err
				}
				k, ok := kt.(string)
				if !ok {
					return nil, &parseError{line: p.lineAt(p.dec.InputOffset()), msg: "object key is not a string"}
				}
				kn := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: p.lineAt(p.dec.InputOffset())}
				vn, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, kn, vn)
			}
			_, err := p.dec.Token() // '}'
			return n, err
		case '[':
			n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: line, Style: yaml.FlowStyle}
			for p.dec.More() {
				vn, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, vn)
			}
			_, err := p.dec.Token() // ']'
			return n, err
		}
		return nil, &parseError{line: line, msg: fmt.Sprintf("unexpected %q", t)}
	case string:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: t, Line: line, Style: yaml.DoubleQuotedStyle}, nil
	case json.Number:
		tag := "!!float"
		if _, err := strconv.ParseInt(string(t), 10, 64); err == nil {
			tag = "!!int"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: string(t), Line: line}, nil
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(t), Line: line}, nil
	case nil:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null", Line: line}, nil
	}
	return nil, &parseError{line: line, msg: fmt.Sprintf("unexpected token %v", tok)}
}

func newlineOffsets(src []byte) []int64 {
	var out []int64
	for i, b := range src {
		if b == '\n' {
			out = append(out, int64(i))
		}
	}
	return out
}

// endLine is the last line of a node: the last line of its last descendant, or of a
// literal or folded block scalar's text.
func endLine(n *yaml.Node) int {
	end := n.Line
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			end += strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
		}
	case yaml.MappingNode, yaml.SequenceNode, yaml.DocumentNode:
		for _, c := range n.Content {
			if e := endLine(c); e > end {
				end = e
			}
		}
	}
	return end
}

// mapEntries lists a mapping node's keys and values, following YAML merge keys (<<).
func mapEntries(n *yaml.Node) (keys []*yaml.Node, values []*yaml.Node) {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	seen := map[string]bool{}
	var merged [][2]*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Tag == "!!merge" {
			for _, src := range mergeSources(v) {
				mk, mv := mapEntries(src)
				for j := range mk {
					merged = append(merged, [2]*yaml.Node{mk[j], mv[j]})
				}
			}
			continue
		}
		seen[k.Value] = true
		keys = append(keys, k)
		values = append(values, v)
	}
	for _, kv := range merged {
		if !seen[kv[0].Value] {
			seen[kv[0].Value] = true
			keys = append(keys, kv[0])
			values = append(values, kv[1])
		}
	}
	return keys, values
}

func mergeSources(v *yaml.Node) []*yaml.Node {
	v = deref(v)
	if v != nil && v.Kind == yaml.SequenceNode {
		return v.Content
	}
	return []*yaml.Node{v}
}

// lookup returns the value of key in a mapping node, and the key node.
func lookup(n *yaml.Node, key string) (value, keyNode *yaml.Node) {
	ks, vs := mapEntries(n)
	for i, k := range ks {
		if k.Value == key {
			return vs[i], k
		}
	}
	return nil, nil
}

// deref follows an alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == yaml.AliasNode {
		return nil
	}
	return n
}
