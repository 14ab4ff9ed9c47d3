package kubernetes

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/resource"
)

// Parse reads the Kubernetes objects of one manifest file (YAML, multi-document YAML or
// JSON). name is the file name that locations and diagnostics carry. A document that cannot
// be read is reported and skipped; the others are returned in file order.
func Parse(name string, text []byte) ([]*resource.Resource, resource.Diagnostics) {
	s := newSource(name, text)
	var out []*resource.Resource
	var diags resource.Diagnostics
	for _, doc := range s.documents() {
		rs, ds := s.parseDocument(doc)
		out = append(out, rs...)
		diags = append(diags, ds...)
	}
	return out, diags
}

// parseDocument reads the objects of one document range. A panic in the YAML library is an
// error on this document, not the end of the scan.
func (s *source) parseDocument(doc document) (rs []*resource.Resource, diags resource.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			rs = nil
			diags = append(diags, resource.Diagnostic{Error: true, File: s.name, Line: doc.first,
				Summary: "internal error while reading this document; please report it", Detail: fmt.Sprint(r)})
		}
	}()
	c := s.chunk(doc)
	dec := yaml.NewDecoder(bytes.NewReader(c.text))
	for n := 0; ; n++ {
		var root yaml.Node
		err := dec.Decode(&root)
		if errors.Is(err, io.EOF) {
			if n == 0 {
				diags = append(diags, s.emptyDocument(doc.first))
			}
			return rs, diags
		}
		if err != nil {
			return rs, append(diags, c.yamlError(err))
		}
		d := &docState{chunk: c, budget: 10000 + 4*len(c.text)}
		rs = append(rs, d.objects(&root, doc)...)
		diags = append(diags, dedupe(d.diags)...)
	}
}

func (s *source) emptyDocument(line int) resource.Diagnostic {
	return resource.Diagnostic{File: s.name, Line: line, Summary: "empty document",
		Detail: "it declares no Kubernetes object"}
}

var yamlErrorLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parserProblems begin the messages of yaml.v3's parser (as opposed to its scanner). The
// parser reports a 0-based line where the scanner reports a 1-based one, and names no line
// at all for the first.
var parserProblems = []string{"did not find expected", "found undefined tag handle", "found duplicate %",
	"found incompatible YAML document"}

// yamlError turns a YAML error into a diagnostic at its file line; errors that name no line
// are put at the document's first line.
func (c *chunk) yamlError(err error) resource.Diagnostic {
	d := resource.Diagnostic{Error: true, File: c.src.name, Line: c.doc.first, Summary: "invalid YAML",
		Detail: strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlErrorLine.FindStringSubmatch(err.Error()); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil {
			d.Detail = m[2]
			for _, p := range parserProblems {
				if strings.HasPrefix(d.Detail, p) {
					n++
					break
				}
			}
			d.Line = c.fileLine(n)
		}
	}
	d.Detail += "; the rest of this document is not read"
	return d
}

// objects reads the object, or the items of the List, that a parsed document holds.
func (d *docState) objects(root *yaml.Node, doc document) []*resource.Resource {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		d.diags = append(d.diags, d.src.emptyDocument(doc.first))
		return nil
	}
	n := root.Content[0]
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == "" {
		d.diags = append(d.diags, d.src.emptyDocument(doc.first))
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.warn(d.line(n), "document is not a Kubernetes object", "it is a "+nodeKind(n)+", not a mapping with apiVersion and kind")
		return nil
	}
	b := &builder{d: d, locs: map[string]resource.Location{}}
	v, end := b.value(n, "", doc.last, 0)
	if d.failed {
		return nil
	}
	attrs := v.(map[string]any)
	b.setLoc("", d.line(n), end)
	kind, _ := attrs["kind"].(string)
	if items, ok := attrs["items"].([]any); ok && strings.HasSuffix(kind, "List") {
		return d.listItems(attrs, items, b.locs)
	}
	if r := d.object(attrs, b.locs); r != nil {
		return []*resource.Resource{r}
	}
	return nil
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "scalar"
}

// listItems returns the objects of a List. Items of a typed list (PodList, as the API
// returns it) may leave out apiVersion and kind, which are then the list's.
func (d *docState) listItems(list map[string]any, items []any, locs map[string]resource.Location) []*resource.Resource {
	itemLocs := make([]map[string]resource.Location, len(items))
	for i := range itemLocs {
		itemLocs[i] = map[string]resource.Location{}
	}
	for k, l := range locs {
		rest, ok := strings.CutPrefix(k, "items.")
		if !ok {
			continue
		}
		idx, sub, _ := strings.Cut(rest, ".")
		i, err := strconv.Atoi(idx)
		if err != nil || i < 0 || i >= len(items) {
			continue
		}
		itemLocs[i][sub] = l
	}
	listKind, _ := list["kind"].(string)
	listVersion, _ := list["apiVersion"].(string)
	var out []*resource.Resource
	for i, item := range items {
		obj, ok := item.(map[string]any)
		if !ok {
			d.warn(itemLocs[i][""].StartLine, "List item is not a Kubernetes object", "it is not a mapping")
			continue
		}
		if _, ok := obj["kind"]; !ok && listKind != "List" {
			obj["kind"] = strings.TrimSuffix(listKind, "List")
			if _, ok := obj["apiVersion"]; !ok {
				obj["apiVersion"] = listVersion
			}
		}
		if r := d.object(obj, itemLocs[i]); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// object makes the resource of one object, or reports why it is not one.
func (d *docState) object(attrs map[string]any, locs map[string]resource.Location) *resource.Resource {
	line := locs[""].StartLine
	apiVersion, _ := attrs["apiVersion"].(string)
	kind, _ := attrs["kind"].(string)
	if apiVersion == "" || kind == "" {
		d.warn(line, "document is not a Kubernetes object", "it needs a string apiVersion and kind")
		return nil
	}
	md, ok := attrs["metadata"].(map[string]any)
	if _, present := attrs["metadata"]; present && !ok {
		d.warn(locs["metadata"].StartLine, "metadata is not a mapping", "the object is read without a name or namespace")
	}
	if name, _ := md["name"].(string); name == "" {
		if gen, _ := md["generateName"].(string); gen == "" {
			d.warn(line, kind+" has no metadata.name", "its key has an empty name")
		}
	}
	r := &resource.Resource{Key: adapt.KubernetesObjectKey(attrs), Type: kind, Origin: resource.OriginKubernetes,
		Attributes: attrs, Locations: locs}
	adapt.NormaliseKubernetes(r)
	return r
}

// dedupe drops repeated diagnostics: a mapping merged in several places warns once.
func dedupe(ds resource.Diagnostics) resource.Diagnostics {
	if len(ds) < 2 {
		return ds
	}
	seen := make(map[resource.Diagnostic]bool, len(ds))
	out := ds[:0]
	for _, d := range ds {
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}
