package terraform

import (
	"math/big"
	"sort"

	"github.com/zclconf/go-cty/cty"

	"github.com/plumbsec/plumb/internal/resource"
)

// converter turns marked cty values into the resource's attribute tree, recording a location
// for every value that carries an origin, every unknown, and every reference.
type converter struct {
	res  *resource.Resource
	self string
	refs map[resource.Reference]bool
}

// value converts v at path p. via is the location the value passed through, inherited from
// the enclosing value. It reports false for a null, which Terraform treats as not set.
func (c *converter) value(v cty.Value, p resource.Path, via resource.Location) (any, bool) {
	v, marks := v.Unmark()
	origins, refs, vias := classify(marks)
	c.addRefs(p, refs)
	if len(vias) > 0 {
		via = vias[0]
	}
	if len(origins) > 0 {
		o := origins[0]
		loc := resource.Location{File: o.file, StartLine: o.start, EndLine: o.end}
		if !via.IsZero() && (via.File != loc.File || via.StartLine != loc.StartLine) {
			loc.Via = []resource.Location{via}
		}
		c.res.SetLocation(p, loc)
	}
	if !v.IsKnown() {
		c.res.Unknowns = append(c.res.Unknowns, p)
		return resource.Unknown{}, true
	}
	if v.IsNull() {
		return nil, false
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return v.AsString(), true
	case ty == cty.Number:
		return number(v.AsBigFloat()), true
	case ty == cty.Bool:
		return v.True(), true
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		out := make([]any, 0, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			g, ok := c.value(e, p.Append(len(out)), via)
			if !ok {
				g = nil
			}
			out = append(out, g)
		}
		return out, true
	case ty.IsMapType() || ty.IsObjectType():
		out := map[string]any{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if g, ok := c.value(e, p.Append(k.AsString()), via); ok {
				out[k.AsString()] = g
			}
		}
		return out, true
	}
	return resource.Unknown{}, true
}

func (c *converter) addRefs(p resource.Path, refs []string) {
	for _, t := range refs {
		if t == c.self {
			continue
		}
		ref := resource.Reference{Attribute: p.String(), Target: t}
		if c.refs == nil {
			c.refs = map[resource.Reference]bool{}
		}
		if !c.refs[ref] {
			c.refs[ref] = true
			c.res.References = append(c.res.References, ref)
		}
	}
}

// classify sorts a value's marks. Among several origins the narrowest comes first: reading
// each.value.acl marks the result with both the tfvars object and the acl line inside it, and
// the acl line is where the value was set.
func classify(ms cty.ValueMarks) (origins []originMark, refs []string, vias []resource.Location) {
	for m := range ms {
		switch x := m.(type) {
		case originMark:
			origins = append(origins, x)
		case refMark:
			refs = append(refs, x.key)
		case viaMark:
			vias = append(vias, resource.Location{File: x.file, StartLine: x.start, EndLine: x.end})
		}
	}
	sort.Slice(origins, func(i, j int) bool {
		a, b := origins[i], origins[j]
		if sa, sb := a.end-a.start, b.end-b.start; sa != sb {
			return sa < sb
		}
		if a.file != b.file {
			return a.file < b.file
		}
		return a.start < b.start
	})
	sort.Strings(refs)
	return origins, refs, vias
}

// number keeps integers as int64 so that policies compare ports and counts exactly.
func number(f *big.Float) any {
	if f.IsInt() {
		if i, acc := f.Int64(); acc == big.Exact {
			return i
		}
	}
	x, _ := f.Float64()
	return x
}
