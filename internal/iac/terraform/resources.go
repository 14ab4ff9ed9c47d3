package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/plumbsec/plumb/internal/resource"
)

// alwaysComputed are attributes every resource has after apply; a reference to one that the
// configuration does not set is unknown.
var alwaysComputed = []string{"id", "arn"}

// resourceValue evaluates a resource (or data source) once, emits its instances, and returns
// the value a reference to it sees.
func (in *instance) resourceValue(r *resourceDecl) cty.Value {
	addr := r.addr()
	switch in.resSt[addr] {
	case done:
		return in.resources[addr]
	case running:
		in.l.warnf(r.file, r.declRng.Start.Line, addr+" refers to itself", "its attributes are treated as unknown")
		return cty.DynamicVal
	}
	in.resSt[addr] = running
	var v cty.Value
	if r.mode == "data" {
		v = in.dataValue(r)
	} else {
		v = in.evalManaged(r)
	}
	in.resources[addr], in.resSt[addr] = v, done
	return v
}

func (in *instance) evalManaged(r *resourceDecl) cty.Value {
	return in.eachInstance(r.count, r.forEach, r.travs, r.file, func(k instKey, ctx *hcl.EvalContext) cty.Value {
		key := addrString(in.addr, r.addr()) + k.suffix
		attrs := in.evalBody(r.body, ctx, r.file, true)
		in.emit(r, key, attrs)
		return in.refValue(r, key, attrs)
	})
}

// refValue is what other expressions see of a resource instance: its configured attributes,
// plus unknowns for the computed attributes that something reads, each marked as read from
// this instance.
func (in *instance) refValue(r *resourceDecl, key string, attrs map[string]cty.Value) cty.Value {
	// Only the object is marked: cty and hcl carry a collection's marks to whatever is read
	// out of it, so each attribute read through the reference is marked as read from this
	// instance without a copy of every attribute's marks.
	m := make(map[string]cty.Value, len(attrs)+2)
	for n, v := range attrs {
		m[n] = v
	}
	for n := range in.refAttrs[r.addr()] {
		if _, ok := m[n]; !ok {
			m[n] = cty.DynamicVal
		}
	}
	for _, n := range alwaysComputed {
		if _, ok := m[n]; !ok {
			m[n] = cty.DynamicVal
		}
	}
	return cty.ObjectVal(m).Mark(refMark{key: key})
}

func (in *instance) emit(r *resourceDecl, key string, attrs map[string]cty.Value) {
	res := &resource.Resource{Key: key, Type: r.typ, Origin: resource.OriginTerraform, Module: in.addr, Root: in.l.rel(in.rootDir),
		Attributes: map[string]any{}}
	res.SetLocation(resource.Path{}, rangeLoc(r.file, r.blockRng))
	c := &converter{res: res, self: key}
	for _, n := range sortedNames(attrs) {
		if g, ok := c.value(attrs[n], resource.Path{n}, resource.Location{}); ok {
			res.Attributes[n] = g
		}
	}
	in.l.out = append(in.l.out, res)
}

func rangeLoc(file string, rng hcl.Range) resource.Location {
	return resource.Location{File: file, StartLine: rng.Start.Line, EndLine: rng.End.Line}
}
