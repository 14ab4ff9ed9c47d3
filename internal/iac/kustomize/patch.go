package kustomize

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

// patch is one patch of a kustomization, read with the lines of what it sets: a strategic
// merge patch (objects) or a JSON 6902 patch (operations).
type patch struct {
	json    bool
	target  map[string]string // kind, name, namespace, group, version of a `target:`
	objects []located
	ops     []op
	// loc is the patch as a whole: its file, or its entry in the kustomization.
	loc resource.Location
}

// op is one JSON 6902 operation.
type op struct {
	op    string
	path  resource.Path
	loc   resource.Location
	value located
}

// located is a YAML value with the location of every path below it.
type located struct {
	value any
	locs  map[string]resource.Location
}

// readPatches reads the patches the kustomization applies, in the order it lists them.
func (k *kustomization) readPatches() {
	for _, name := range []string{"patchesStrategicMerge", "patches", "patchesJson6902"} {
		f, ok := k.fields[name]
		if !ok || f.value.Kind != yaml.SequenceNode {
			continue
		}
		for _, e := range f.value.Content {
			var p *patch
			switch e.Kind {
			case yaml.ScalarNode: // patchesStrategicMerge: a file, or the patch inline
				p = k.patchFrom(e, e)
			case yaml.MappingNode:
				var pathNode, patchNode, targetNode *yaml.Node
				for i := 0; i+1 < len(e.Content); i += 2 {
					switch e.Content[i].Value {
					case "path":
						pathNode = e.Content[i+1]
					case "patch":
						patchNode = e.Content[i+1]
					case "target":
						targetNode = e.Content[i+1]
					}
				}
				switch {
				case pathNode != nil:
					p = k.patchFrom(pathNode, nil)
				case patchNode != nil:
					p = k.patchFrom(nil, patchNode)
				}
				if p != nil && targetNode != nil {
					p.target = map[string]string{}
					for i := 0; i+1 < len(targetNode.Content); i += 2 {
						p.target[targetNode.Content[i].Value] = targetNode.Content[i+1].Value
					}
				}
			}
			if p != nil {
				k.patches = append(k.patches, p)
			}
		}
	}
}

// patchFrom reads a patch from a file named by pathNode or written inline in inline.
func (k *kustomization) patchFrom(pathNode, inline *yaml.Node) *patch {
	if pathNode != nil && !strings.Contains(pathNode.Value, "\n") && !strings.Contains(pathNode.Value, ": ") {
		file := filepath.Join(k.dir, filepath.FromSlash(pathNode.Value))
		src, err := os.ReadFile(file)
		if err != nil {
			return nil // kustomize reports it
		}
		name := relName(k.root, file)
		return parsePatch(name, src, 0)
	}
	n := inline
	if n == nil {
		n = pathNode
	}
	// Inline text starts on the line after a block scalar's indicator (|, >).
	off := n.Line - 1
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		off = n.Line
	}
	p := parsePatch(k.name, []byte(n.Value), off)
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		// a quoted or plain scalar folds lines: everything is at the scalar
		p.relocate(resource.Location{File: k.name, StartLine: n.Line, EndLine: n.Line})
	}
	return p
}

// parsePatch reads patch text; lines are shifted by off.
func parsePatch(name string, src []byte, off int) *patch {
	p := &patch{loc: resource.Location{File: name, StartLine: 1 + off, EndLine: bytes.Count(src, []byte{'\n'}) + 1 + off}}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) || err != nil {
			return p
		}
		if len(doc.Content) == 0 {
			continue
		}
		n := doc.Content[0]
		if n.Kind == yaml.SequenceNode {
			p.json = true
			for _, o := range n.Content {
				p.ops = append(p.ops, readOp(name, o, off))
			}
			continue
		}
		p.objects = append(p.objects, locate(name, n, off))
	}
}

func readOp(name string, n *yaml.Node, off int) op {
	o := op{loc: resource.Location{File: name, StartLine: n.Line + off, EndLine: lastLine(n) + off}}
	for i := 0; i+1 < len(n.Content); i += 2 {
		v := n.Content[i+1]
		switch n.Content[i].Value {
		case "op":
			o.op = v.Value
		case "path":
			o.path = pointer(v.Value)
		case "value":
			o.value = locate(name, v, off)
		}
	}
	return o
}

// pointer reads a JSON pointer (/spec/containers/0/image) as a path.
func pointer(s string) resource.Path {
	var p resource.Path
	for _, seg := range strings.Split(strings.TrimPrefix(s, "/"), "/") {
		seg = strings.ReplaceAll(strings.ReplaceAll(seg, "~1", "/"), "~0", "~")
		if n, err := strconv.Atoi(seg); err == nil && n >= 0 {
			p = append(p, n)
		} else {
			p = append(p, seg)
		}
	}
	return p
}

// locate reads a YAML node into a value and the locations of its paths.
func locate(name string, n *yaml.Node, off int) located {
	l := located{locs: map[string]resource.Location{}}
	budget := 100000 // aliases may expand a short patch without end
	var walk func(n *yaml.Node, p resource.Path, start int) any
	walk = func(n *yaml.Node, p resource.Path, start int) any {
		if budget--; budget < 0 || len(p) > 200 {
			return nil
		}
		for n.Kind == yaml.AliasNode && n.Alias != nil {
			n = n.Alias
		}
		l.locs[p.String()] = resource.Location{File: name, StartLine: start + off, EndLine: lastLine(n) + off}
		switch n.Kind {
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				m[k.Value] = walk(n.Content[i+1], p.Append(k.Value), k.Line)
			}
			return m
		case yaml.SequenceNode:
			s := make([]any, len(n.Content))
			for i, e := range n.Content {
				s[i] = walk(e, p.Append(i), e.Line)
			}
			return s
		}
		var v any
		_ = n.Decode(&v)
		return v
	}
	l.value = walk(n, nil, n.Line)
	return l
}

// relocate puts everything the patch sets at one location.
func (p *patch) relocate(l resource.Location) {
	p.loc = l
	for _, o := range p.objects {
		for k := range o.locs {
			o.locs[k] = l
		}
	}
	for i := range p.ops {
		p.ops[i].loc = l
		for k := range p.ops[i].value.locs {
			p.ops[i].value.locs[k] = l
		}
	}
}
