package tfplan

import (
	"sort"
	"strconv"

	"github.com/plumbsec/plumb/internal/resource"
)

// state emits the managed resource instances of a state file (format version 4, written by
// Terraform 0.12 and later). Deposed instances (replaced, awaiting deletion) and data
// sources are left out.
func (f *file) state(doc *document) {
	if v := doc.version; v == nil || v.kind != kindNumber || v.text != "4" {
		f.errorf(1, "unsupported state format", "Plumb reads state format version 4 (Terraform 0.12 and later); run terraform with a current version to upgrade the state")
		return
	}
	var all []stateInstance
	for _, rn := range doc.resources.list() {
		if mode := rn.str("mode"); mode != "managed" {
			continue
		}
		mod, ok := parseModule(rn.str("module"))
		typ, name := rn.str("type"), rn.str("name")
		if !ok || typ == "" || name == "" {
			f.warnf(rn, "resource not understood", "a state resource needs a module address, a type and a name; it is not read")
			continue
		}
		for _, in := range rn.get("instances").list() {
			if in.str("deposed") != "" {
				continue
			}
			a := address{module: mod, mode: "managed", typ: typ, name: name, key: indexKey(in.get("index_key"))}
			r := &resource.Resource{Key: a.String(), Type: typ, Origin: resource.OriginState, Module: moduleString(mod), Root: f.rel}
			r.SetLocation(resource.Path{}, f.loc(in))
			if in.get("attributes") == nil && in.get("attributes_flat") != nil {
				f.warnf(in, r.Key+": attributes in the flat form of Terraform 0.11 providers are not read", "")
			}
			f.attributes(r, in.get("attributes"))
			for _, sp := range in.get("sensitive_attributes").list() {
				if p := ctyPath(sp); len(p) > 0 {
					mask(r.Attributes, p)
				}
			}
			if f.add(r, in) {
				all = append(all, stateInstance{res: r, addr: a, deps: in.get("dependencies").strings()})
			}
		}
	}
	stateReferences(all)
}

type stateInstance struct {
	res              *resource.Resource
	addr             address
	deps             []string
	modAddr, cfgPath string
}

// indexKey reads an instance's index_key: a number for count, a string for for_each.
func indexKey(n *node) instanceKey {
	switch {
	case n == nil:
		return nil
	case n.kind == kindString:
		return stringKey(n.text)
	case n.kind == kindNumber:
		if i, err := strconv.Atoi(n.text); err == nil && i >= 0 {
			return intKey(i)
		}
	}
	return nil
}

// ctyPath reads one sensitive_attributes path: steps {"type":"get_attr","value":NAME} and
// {"type":"index","value":{"value":KEY,"type":"number"|"string"}}. It stops at the first step
// it cannot read, so what is masked is never less than what Terraform marked.
func ctyPath(n *node) resource.Path {
	var p resource.Path
	for _, s := range n.list() {
		v := s.get("value")
		switch s.str("type") {
		case "get_attr":
			if v == nil || v.kind != kindString {
				return p
			}
			p = append(p, v.text)
		case "index":
			k := v.get("value")
			switch {
			case k != nil && k.kind == kindString:
				p = append(p, k.text)
			case k != nil && k.kind == kindNumber:
				i, err := strconv.Atoi(k.text)
				if err != nil || i < 0 {
					return p
				}
				p = append(p, i)
			default:
				return p
			}
		default:
			return p
		}
	}
	return p
}

// stateReferences links each instance to the instances it depends on. A state records
// dependencies per resource (module.a.aws_s3_bucket.b, without instance keys), not per
// attribute, so an instance depends on the instances of that resource in its own module
// instance when the dependency is in the same module, and on all of them otherwise; with
// count or for_each, on the one with its own key when there is one. An attribute whose value
// is the id or arn of such an instance refers to it at that attribute's path (the bucket of an
// aws_s3_bucket_versioning), and then the dependency's other instances are not referred
// to; a dependency no attribute names is a reference of the whole resource (empty attribute)
// to each of its chosen instances. The instance's own id and arn are not references.
func stateReferences(all []stateInstance) {
	ix := &dependencyIndex{byConfig: map[string][]*stateInstance{}, byModule: map[string][]*stateInstance{},
		parsed: map[string]address{}}
	for i := range all {
		s := &all[i]
		s.modAddr, s.cfgPath = moduleString(s.addr.module), configPath(s.addr.module)
		name := s.addr.typ + "." + s.addr.name
		ix.byConfig[s.cfgPath+" "+name] = append(ix.byConfig[s.cfgPath+" "+name], s)
		ix.byModule[s.modAddr+" "+name] = append(ix.byModule[s.modAddr+" "+name], s)
	}
	for i := range all {
		s := &all[i]
		ids := map[string]string{}
		var byDep [][]string
		for _, d := range s.deps {
			var keys []string
			for _, t := range ix.targets(s, d) {
				keys = append(keys, t.res.Key)
				for _, a := range []string{"id", "arn"} {
					if v, ok := t.res.Attributes[a].(string); ok && v != "" && v != masked {
						ids[v] = t.res.Key
					}
				}
			}
			byDep = append(byDep, keys)
		}
		named := map[string]bool{}
		seen := map[resource.Reference]bool{}
		walkStrings(s.res.Attributes, resource.Path{}, func(p resource.Path, v string) {
			if p[0] == "id" || p[0] == "arn" {
				return // the instance's own identity, which may equal its target's (S3 ids are names)
			}
			if t, ok := ids[v]; ok && t != s.res.Key {
				ref := resource.Reference{Attribute: p.String(), Target: t}
				if !seen[ref] {
					seen[ref] = true
					named[t] = true
					s.res.References = append(s.res.References, ref)
				}
			}
		})
		for _, keys := range byDep {
			if anyOf(keys, named) {
				continue // an attribute said which instance of this dependency it uses
			}
			for _, t := range keys {
				ref := resource.Reference{Target: t}
				if t != s.res.Key && !seen[ref] {
					seen[ref] = true
					s.res.References = append(s.res.References, ref)
				}
			}
		}
	}
}

func anyOf(keys []string, set map[string]bool) bool {
	for _, k := range keys {
		if set[k] {
			return true
		}
	}
	return false
}

// dependencyIndex finds the instances a dependency names.
type dependencyIndex struct {
	byConfig map[string][]*stateInstance // module configuration path + " " + type.name
	byModule map[string][]*stateInstance // module instance address + " " + type.name
	parsed   map[string]address
}

func (ix *dependencyIndex) targets(s *stateInstance, dep string) []*stateInstance {
	d, ok := ix.parsed[dep]
	if !ok {
		d, _ = parseAddress(dep)
		ix.parsed[dep] = d
	}
	if d.mode != "managed" {
		return nil
	}
	name := d.typ + "." + d.name
	cands := ix.byConfig[configPath(d.module)+" "+name]
	if configPath(d.module) == s.cfgPath {
		cands = ix.byModule[s.modAddr+" "+name]
	}
	keys := make([]instanceKey, len(cands))
	for i, c := range cands {
		keys[i] = c.addr.key
	}
	chosen := pick(keys, nil, s.addr.key)
	if len(chosen) == len(cands) {
		return cands
	}
	var out []*stateInstance
	for _, c := range cands {
		if hasKey(chosen, c.addr.key) {
			out = append(out, c)
		}
	}
	return out
}

// walkStrings calls fn with the path and value of every string in an attribute tree, in
// sorted key order.
func walkStrings(v any, p resource.Path, fn func(resource.Path, string)) {
	switch x := v.(type) {
	case string:
		fn(p, x)
	case map[string]any:
		for _, k := range sortedKeys(x) {
			walkStrings(x[k], p.Append(k), fn)
		}
	case []any:
		for i, e := range x {
			walkStrings(e, p.Append(i), fn)
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
