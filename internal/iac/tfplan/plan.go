package tfplan

import (
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// plan emits the resources a plan says will exist after apply: those in planned_values, with
// computed values from resource_changes and references from configuration.
func (f *file) plan(doc *document) {
	if doc.planned == nil {
		f.errorf(1, "plan has no planned_values", "the plan failed or was written by a Terraform too old to read; run terraform show -json on a complete plan")
		return
	}
	cfg := readConfig(doc.config)
	rv := newResolver(cfg)
	var pending []planned
	f.modules(doc.planned.get("root_module"), 0, func(rn *node, a address) {
		ch := doc.changes[rn.str("address")]
		if ch.deletes() {
			return // not in the planned state; Terraform does not list it there either
		}
		r := f.newResource(rn, a, resource.OriginPlan)
		f.attributes(r, rn.get("values"))
		exprs := cfg.expressions(a)
		unknowns := ch != nil && applyUnknowns(r.Attributes, ch.afterUnknown, configuredBy(exprs))
		for _, s := range []*node{rn.get("sensitive_values"), afterSensitive(ch)} {
			walkTrue(s, resource.Path{}, func(p resource.Path) { mask(r.Attributes, p) })
		}
		if unknowns {
			r.Unknowns = resource.FindUnknowns(r.Attributes, resource.Path{})
		}
		if f.add(r, rn) {
			rv.addInstance(a)
			pending = append(pending, planned{r, a, exprs})
		}
	})
	for _, p := range pending {
		rv.referencesFromConfig(p.res, p.addr, p.exprs)
	}
}

type planned struct {
	res   *resource.Resource
	addr  address
	exprs *node
}

func afterSensitive(c *change) *node {
	if c == nil {
		return nil
	}
	return c.afterSensitive
}

// shownState emits the resources of terraform show -json run on a state: the same module
// tree as a plan's planned_values, with every value known.
func (f *file) shownState(doc *document) {
	f.modules(doc.values.get("root_module"), 0, func(rn *node, a address) {
		r := f.newResource(rn, a, resource.OriginState)
		f.attributes(r, rn.get("values"))
		walkTrue(rn.get("sensitive_values"), resource.Path{}, func(p resource.Path) { mask(r.Attributes, p) })
		f.add(r, rn)
	})
}

// modules walks a module of planned_values (or of a shown state) and its child modules,
// calling emit for each managed resource; data sources are not resources Plumb judges.
func (f *file) modules(m *node, depth int, emit func(rn *node, a address)) {
	if m == nil || depth > maxDepth {
		return
	}
	for _, rn := range m.get("resources").list() {
		if rn.str("mode") == "data" {
			continue
		}
		raw := rn.str("address")
		a, ok := parseAddress(raw)
		if !ok || a.mode != "managed" {
			f.warnf(rn, "resource address "+quote(raw)+" not understood", "the resource is not read")
			continue
		}
		emit(rn, a)
	}
	for _, c := range m.get("child_modules").list() {
		f.modules(c, depth+1, emit)
	}
}

func (f *file) newResource(rn *node, a address, origin resource.Origin) *resource.Resource {
	typ := rn.str("type")
	if typ == "" {
		typ = a.typ
	}
	r := &resource.Resource{Key: a.String(), Type: typ, Origin: origin, Module: moduleString(a.module), Root: f.rel}
	r.SetLocation(resource.Path{}, f.loc(rn))
	return r
}

func quote(s string) string {
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

// configuredBy reports whether the configuration sets the value at a path, from a resource's
// configuration expressions: attributes are expression objects, nested blocks lists of bodies.
// Without expressions (a plan without configuration) every path counts as configured, so
// that no unknown is lost.
func configuredBy(exprs *node) func(resource.Path) bool {
	return func(p resource.Path) bool {
		if exprs == nil {
			return true
		}
		cur := exprs
		for _, seg := range p {
			switch cur.kind {
			case kindObject:
				name, ok := seg.(string)
				if !ok {
					return true
				}
				v := cur.get(name)
				if v == nil {
					return false
				}
				if v.kind != kindArray {
					return true // an expression sets this value or one that holds it
				}
				cur = v
			case kindArray:
				i, ok := seg.(int)
				if !ok || i < 0 || i >= len(cur.elems) {
					return true // blocks the configuration lists differently (dynamic): keep
				}
				cur = cur.elems[i]
			default:
				return true
			}
		}
		return true
	}
}
