package kustomize

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

// attributor finds, for every field of a built object, the file and lines that set it: the
// outermost patch that sets or changes it, else the base manifest that declares it with this
// value, else the kustomization field of the transformer that changed it (namePrefix,
// namespace, labels, images, replicas, …).
type attributor struct {
	chain []*kustomization // outermost first
	bases []*resource.Resource
}

func newAttributor(top *kustomization, bases []*resource.Resource) *attributor {
	a := &attributor{bases: bases}
	top.walk(func(k *kustomization) { a.chain = append(a.chain, k) })
	return a
}

// locate replaces r's locations, which are lines of kustomize's output, with the files
// and lines that set each field.
func (a *attributor) locate(r *resource.Resource) {
	b := a.match(r)
	var baseAttrs map[string]any
	baseName := objectName(r.Attributes)
	locs := map[string]resource.Location{}
	if b != nil {
		baseAttrs = b.Attributes
		baseName = objectName(b.Attributes)
		locs[""] = b.Locations[""]
	} else if l, ok := a.generatorLoc(r); ok {
		locs[""] = l
	} else if len(a.chain) > 0 {
		locs[""] = resource.Location{File: a.chain[0].name, StartLine: 1, EndLine: 1}
	}
	patches := a.patchesFor(r, baseName)
	var walk func(v any, p resource.Path)
	walk = func(v any, p resource.Path) {
		if l, ok := a.fieldLoc(r, b, baseAttrs, patches, v, p); ok {
			locs[p.String()] = l
		}
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(e, p.Append(k))
			}
		case []any:
			for i, e := range x {
				walk(e, p.Append(i))
			}
		}
	}
	for k, v := range r.Attributes {
		walk(v, resource.Path{k})
	}
	r.Locations = locs
}

// fieldLoc decides where the value v at p came from.
func (a *attributor) fieldLoc(r, b *resource.Resource, baseAttrs map[string]any, patches []*patch, v any, p resource.Path) (resource.Location, bool) {
	var bLoc resource.Location
	bHas, same := false, false
	if b != nil {
		if bp, ok := translate(r.Attributes, p, baseAttrs); ok {
			bLoc, bHas = b.Locations[bp.String()]
			bv, _ := resource.Get(baseAttrs, bp)
			same = reflect.DeepEqual(bv, v)
		}
	}
	pLoc, pHas := patchLoc(r.Attributes, patches, p)
	_, isMap := v.(map[string]any)
	_, isList := v.([]any)
	switch {
	case (isMap || isList) && bHas:
		return bLoc, true // a block keeps its declaration; what changed inside points elsewhere
	case bHas && same:
		return bLoc, true
	case pHas:
		return pLoc, true
	}
	if l, ok := a.transformerLoc(p, v); ok {
		return l, true
	}
	return bLoc, bHas
}

// objectName is metadata.name.
func objectName(attrs map[string]any) string {
	md, _ := attrs["metadata"].(map[string]any)
	n, _ := md["name"].(string)
	return n
}

// match finds the base object r was built from: same kind, and the same name or one that
// namePrefix/nameSuffix made longer (the longest such name wins).
func (a *attributor) match(r *resource.Resource) *resource.Resource {
	name := objectName(r.Attributes)
	var best *resource.Resource
	for _, b := range a.bases {
		if b.Type != r.Type {
			continue
		}
		bn := objectName(b.Attributes)
		if bn == name {
			return b
		}
		if bn != "" && strings.Contains(name, bn) && (best == nil || len(bn) > len(objectName(best.Attributes))) {
			best = b
		}
	}
	return best
}

// patchesFor lists the patches that may apply to r, the one that wins first: outermost
// kustomization first, and within one the last patch first.
func (a *attributor) patchesFor(r *resource.Resource, baseName string) []*patch {
	name := objectName(r.Attributes)
	var out []*patch
	for _, k := range a.chain {
		for i := len(k.patches) - 1; i >= 0; i-- {
			p := k.patches[i]
			if p.target != nil {
				if t := p.target["kind"]; t != "" && t != r.Type {
					continue
				}
				if t := p.target["name"]; t != "" && !nameMatches(t, name, baseName) {
					continue
				}
			}
			out = append(out, p)
		}
	}
	return out
}

func nameMatches(pattern string, names ...string) bool {
	re, err := regexp.Compile("^(?:" + pattern + ")$")
	for _, n := range names {
		if n == pattern || err == nil && re.MatchString(n) {
			return true
		}
	}
	return false
}

// identity paths are how a strategic merge patch names its target, not what it sets.
var identity = map[string]bool{"apiVersion": true, "kind": true, "metadata.name": true, "metadata.namespace": true}

// patchLoc returns where the first of patches that sets p set it.
func patchLoc(attrs map[string]any, patches []*patch, p resource.Path) (resource.Location, bool) {
	if identity[p.String()] {
		return resource.Location{}, false
	}
	kind, _ := attrs["kind"].(string)
	name := objectName(attrs)
	for _, pt := range patches {
		if pt.json {
			for i := len(pt.ops) - 1; i >= 0; i-- {
				o := pt.ops[i]
				switch o.op {
				case "add", "replace", "copy", "move":
				default:
					continue
				}
				if len(o.path) == 0 || !p.HasPrefix(o.path) {
					continue
				}
				if l, ok := o.value.locs[p[len(o.path):].String()]; ok && o.op != "copy" && o.op != "move" {
					return l, true
				}
				return o.loc, true
			}
			continue
		}
		for _, obj := range pt.objects {
			m, _ := obj.value.(map[string]any)
			if k, _ := m["kind"].(string); k != "" && k != kind && pt.target == nil {
				continue
			}
			if pt.target == nil {
				if n := objectName(m); n != "" && !strings.Contains(name, n) {
					continue
				}
			}
			if pp, ok := translate(attrs, p, obj.value); ok {
				if l, ok := obj.locs[pp.String()]; ok {
					return l, true
				}
			}
		}
	}
	return resource.Location{}, false
}

// mergeKeys identify the items of a list of objects that a strategic merge patch merges
// (containers by name, ports by containerPort, …); other lists are matched by position.
var mergeKeys = []string{"name", "containerPort", "mountPath", "devicePath", "ip", "topologyKey"}

// translate finds the path in t that stands for path p of r, matching list items by their
// merge key, and reports whether t has it.
func translate(r any, p resource.Path, t any) (resource.Path, bool) {
	out := make(resource.Path, 0, len(p))
	for _, seg := range p {
		switch s := seg.(type) {
		case string:
			rm, ok1 := r.(map[string]any)
			tm, ok2 := t.(map[string]any)
			if !ok1 || !ok2 {
				return nil, false
			}
			tv, ok := tm[s]
			if !ok {
				return nil, false
			}
			r, t = rm[s], tv
			out = append(out, s)
		case int:
			rl, ok1 := r.([]any)
			tl, ok2 := t.([]any)
			if !ok1 || !ok2 || s < 0 || s >= len(rl) {
				return nil, false
			}
			j := matchItem(rl[s], tl, s)
			if j < 0 {
				return nil, false
			}
			r, t = rl[s], tl[j]
			out = append(out, j)
		default:
			return nil, false
		}
	}
	return out, true
}

func matchItem(item any, list []any, i int) int {
	if m, ok := item.(map[string]any); ok {
		for _, k := range mergeKeys {
			v, ok := m[k]
			if !ok {
				continue
			}
			for j, e := range list {
				if em, ok := e.(map[string]any); ok && fmt.Sprint(em[k]) == fmt.Sprint(v) {
					return j
				}
			}
			return -1
		}
	}
	if i < len(list) {
		return i
	}
	return -1
}

// transformerLoc returns the kustomization field that changes p (now v) for every object:
// the outermost kustomization that has one; for an image, its entry in images.
func (a *attributor) transformerLoc(p resource.Path, v any) (resource.Location, bool) {
	s := p.String()
	var fields []string
	last, _ := p[len(p)-1].(string)
	switch {
	case s == "metadata.name":
		fields = []string{"namePrefix", "nameSuffix"}
	case s == "metadata.namespace":
		fields = []string{"namespace"}
	case strings.Contains(s, "labels.") || strings.HasPrefix(s, "spec.selector"):
		fields = []string{"labels", "commonLabels"}
	case strings.Contains(s, "annotations."):
		fields = []string{"commonAnnotations"}
	case last == "image":
		fields = []string{"images"}
	case s == "spec.replicas":
		fields = []string{"replicas"}
	default:
		return resource.Location{}, false
	}
	for _, k := range a.chain {
		for _, f := range fields {
			fl, ok := k.fields[f]
			if !ok {
				continue
			}
			if last == "image" {
				if e := imageEntry(fl.value, v); e != nil {
					return resource.Location{File: k.name, StartLine: e.Line, EndLine: lastLine(e)}, true
				}
			}
			if n := findKey(fl.value, last); n != nil && last != "name" && last != "namespace" && last != "image" {
				return resource.Location{File: k.name, StartLine: n.Line, EndLine: n.Line}, true
			}
			return fl.loc, true
		}
	}
	return resource.Location{}, false
}

// findKey finds a mapping key named key anywhere below n.
func findKey(n *yaml.Node, key string) *yaml.Node {
	if key == "" {
		return nil
	}
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i]
			}
		}
	}
	for _, c := range n.Content {
		if f := findKey(c, key); f != nil {
			return f
		}
	}
	return nil
}

// generatorLoc locates an object a configMapGenerator or secretGenerator made: its entry.
func (a *attributor) generatorLoc(r *resource.Resource) (resource.Location, bool) {
	field := map[string]string{"ConfigMap": "configMapGenerator", "Secret": "secretGenerator"}[r.Type]
	if field == "" {
		return resource.Location{}, false
	}
	name := objectName(r.Attributes)
	for _, k := range a.chain {
		f, ok := k.fields[field]
		if !ok || f.value.Kind != yaml.SequenceNode {
			continue
		}
		for _, e := range f.value.Content {
			if n := findKey(e, "name"); n != nil {
				for i := 0; i+1 < len(e.Content); i += 2 {
					if e.Content[i] == n && strings.Contains(name, e.Content[i+1].Value) {
						return resource.Location{File: k.name, StartLine: e.Line, EndLine: lastLine(e)}, true
					}
				}
			}
		}
		return f.loc, true
	}
	return resource.Location{}, false
}

// imageEntry finds the images entry that produced image: the one whose newName, or else
// name, is the image's repository.
func imageEntry(images *yaml.Node, image any) *yaml.Node {
	s, _ := image.(string)
	repo := s
	if i := strings.Index(repo, "@"); i >= 0 {
		repo = repo[:i]
	}
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo = repo[:i]
	}
	for _, key := range []string{"newName", "name"} {
		for _, e := range images.Content {
			for i := 0; i+1 < len(e.Content); i += 2 {
				if e.Content[i].Value == key && e.Content[i+1].Value == repo {
					return e
				}
			}
		}
	}
	return nil
}
