package tfplan

import (
	"math"
	"strconv"

	"github.com/plumbsec/plumb/internal/resource"
)

// masked replaces every sensitive value, so that no secret in a plan or state reaches a
// finding, a report or the store.
const masked = "***"

// attributes turns a values object into the resource's attribute tree, recording where each
// value is in the file. A null is what Terraform writes for an argument that was not set,
// so a null member is left out, as the HCL loader leaves out what was not written; a null
// list element stays, to keep the others at their indexes.
func (f *file) attributes(r *resource.Resource, values *node) {
	r.Attributes = map[string]any{}
	if values == nil || values.kind != kindObject {
		return
	}
	decl := r.Locations[""]
	for i, k := range values.keys {
		if v, ok := f.convert(r, values.elems[i], k, decl); ok {
			r.Attributes[k] = v
		} else {
			delete(r.Attributes, k)
		}
	}
}

// convert converts n, at the path whose string form is path. A location is recorded only
// where the value's lines differ from the nearest enclosing value's (parent):
// Resource.LocationOf falls back to that one, so a plan written on one line, as terraform
// show -json writes it, costs one location per resource, not one per value.
func (f *file) convert(r *resource.Resource, n *node, path string, parent resource.Location) (any, bool) {
	loc := f.loc(n)
	if loc.StartLine != parent.StartLine || loc.EndLine != parent.EndLine {
		r.Locations[path] = loc // path is Path.String() of the value's path
		parent = loc
	}
	switch n.kind {
	case kindString:
		return n.text, true
	case kindNumber:
		return number(n.text), true
	case kindBool:
		return n.truth, true
	case kindObject:
		m := make(map[string]any, len(n.keys))
		for i, k := range n.keys {
			if v, ok := f.convert(r, n.elems[i], path+"."+k, parent); ok {
				m[k] = v
			} else {
				delete(m, k) // a later null member of the same name wins, as in encoding/json
			}
		}
		return m, true
	case kindArray:
		l := make([]any, len(n.elems))
		for i, e := range n.elems {
			l[i], _ = f.convert(r, e, path+"."+strconv.Itoa(i), parent)
		}
		return l, true
	}
	return nil, false
}

func (f *file) loc(n *node) resource.Location {
	start, end := f.lines.span(n)
	return resource.Location{File: f.rel, StartLine: start, EndLine: end}
}

// number keeps integers as int64, as the HCL loader does, so that policies compare ports and
// counts exactly.
func number(lit string) any {
	if i, err := strconv.ParseInt(lit, 10, 64); err == nil {
		return i
	}
	x, err := strconv.ParseFloat(lit, 64)
	if err != nil {
		return lit // out of range: keep the digits rather than invent a value
	}
	if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
		return int64(x)
	}
	return x
}

// applyUnknowns marks as unknown every value that after_unknown says is computed at apply,
// where the configuration sets it (configured reports that). An unknown that the
// configuration does not set is a value the provider computes on its own (an id, an arn, the
// deprecated inline versioning of a bucket); the HCL loader leaves what the configuration did
// not write absent, and rules read absence as the provider's default, so it is left absent
// here too. It reports whether it marked any.
func applyUnknowns(attrs map[string]any, unknown *node, configured func(resource.Path) bool) (marked bool) {
	walkTrue(unknown, resource.Path{}, func(p resource.Path) {
		if len(p) == 0 {
			return
		}
		if configured(p) {
			setPath(attrs, p, resource.Unknown{})
			marked = true
		} else {
			deletePath(attrs, p)
		}
	})
	return marked
}

// walkTrue calls fn with the path of every true leaf in a tree of booleans shaped like a
// value (after_unknown, sensitive_values), parents before children.
func walkTrue(n *node, p resource.Path, fn func(resource.Path)) {
	if n == nil {
		return
	}
	switch n.kind {
	case kindBool:
		if n.truth {
			fn(p)
		}
	case kindObject:
		for i, k := range n.keys {
			walkTrue(n.elems[i], p.Append(k), fn)
		}
	case kindArray:
		for i, e := range n.elems {
			walkTrue(e, p.Append(i), fn)
		}
	}
}

// setPath puts v at p, creating objects on the way; a list index must already exist
// (Terraform keeps an unknown element's place with a null).
func setPath(attrs map[string]any, p resource.Path, v any) {
	var cur any = attrs
	for i, seg := range p {
		last := i == len(p)-1
		switch c := cur.(type) {
		case map[string]any:
			k, ok := seg.(string)
			if !ok {
				return
			}
			if last {
				c[k] = v
				return
			}
			next, ok := c[k]
			if !ok || next == nil {
				if _, isIndex := p[i+1].(int); isIndex {
					return
				}
				next = map[string]any{}
				c[k] = next
			}
			cur = next
		case []any:
			idx, ok := seg.(int)
			if !ok || idx < 0 || idx >= len(c) {
				return
			}
			if last {
				c[idx] = v
				return
			}
			if c[idx] == nil {
				if _, isIndex := p[i+1].(int); isIndex {
					return
				}
				c[idx] = map[string]any{}
			}
			cur = c[idx]
		default:
			return
		}
	}
}

// deletePath removes the object member at p; a list element becomes null.
func deletePath(attrs map[string]any, p resource.Path) {
	parent, ok := resource.Get(attrs, p[:len(p)-1])
	if !ok {
		return
	}
	switch c := parent.(type) {
	case map[string]any:
		if k, ok := p[len(p)-1].(string); ok {
			delete(c, k)
		}
	case []any:
		if i, ok := p[len(p)-1].(int); ok && i >= 0 && i < len(c) {
			c[i] = nil
		}
	}
}

// mask replaces the value at p, and every value inside it, with masked; lists and objects
// keep their shape so that rules reading their structure see the same thing.
func mask(attrs map[string]any, p resource.Path) {
	v, ok := resource.Get(attrs, p)
	if !ok || len(p) == 0 {
		return
	}
	setPath(attrs, p, masks(v))
}

func masks(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = masks(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = masks(e)
		}
		return x
	case nil, resource.Unknown:
		return x
	}
	return masked
}
