package tfplan

import (
	"sort"

	"github.com/plumbsec/plumb/internal/resource"
)

// configModule is one module of a plan's configuration section, which every instance of a
// module call shares.
type configModule struct {
	resources map[string]*node // "type.name" of a managed resource → its expressions
	data      map[string]*node // "type.name" of a data source → its expressions
	calls     map[string]*configCall
	outputs   map[string]*node // output name → its expression
}

type configCall struct {
	expressions *node
	module      *configModule
}

func readConfig(config *node) *configModule {
	return readConfigModule(config.get("root_module"), 0)
}

func readConfigModule(n *node, depth int) *configModule {
	if n == nil || depth > maxDepth {
		return nil
	}
	m := &configModule{resources: map[string]*node{}, data: map[string]*node{}, calls: map[string]*configCall{}, outputs: map[string]*node{}}
	for _, r := range n.get("resources").list() {
		switch r.str("mode") {
		case "managed":
			m.resources[r.str("type")+"."+r.str("name")] = r.get("expressions")
		case "data":
			m.data[r.str("type")+"."+r.str("name")] = r.get("expressions")
		}
	}
	if calls := n.get("module_calls"); calls != nil && calls.kind == kindObject {
		for i, name := range calls.keys {
			c := calls.elems[i]
			m.calls[name] = &configCall{expressions: c.get("expressions"), module: readConfigModule(c.get("module"), depth+1)}
		}
	}
	if outs := n.get("outputs"); outs != nil && outs.kind == kindObject {
		for i, name := range outs.keys {
			m.outputs[name] = outs.elems[i].get("expression")
		}
	}
	return m
}

// at returns the configuration of the module a module instance path instantiates.
func (m *configModule) at(mod []moduleStep) *configModule {
	for _, s := range mod {
		if m == nil {
			return nil
		}
		c := m.calls[s.name]
		if c == nil {
			return nil
		}
		m = c.module
	}
	return m
}

// expressions returns a resource's configuration expressions, or nil.
func (m *configModule) expressions(a address) *node {
	if mod := m.at(a.module); mod != nil {
		return mod.resources[a.typ+"."+a.name]
	}
	return nil
}

// resolver turns the references Terraform lists for an expression, which are relative to the
// module the expression is in, into the keys of the resource instances they reach.
//
// Terraform lists a reference with each of its prefixes (aws_s3_bucket.b[0].id,
// aws_s3_bucket.b[0], aws_s3_bucket.b) and leaves out an index that is not a literal
// (aws_s3_bucket.b[count.index] is listed as aws_s3_bucket.b and count.index). So:
//   - a literal index reaches that instance only;
//   - a reference without one reaches the resource itself when it has no count or for_each;
//     else the instance with the referring instance's own key, when there is one (the
//     [count.index] and [each.key] idiom); else every instance;
//   - var.NAME reaches what the module call's argument NAME refers to in the calling module,
//     with the module instance's key as the referring key;
//   - module.NAME.OUTPUT reaches what the output's expression refers to in each chosen
//     instance of the call (module.NAME alone: every output);
//   - data.TYPE.NAME reaches what the data source's own arguments refer to (a policy
//     document naming a bucket's arn), with the referring key unchanged;
//   - locals (absent from a plan's configuration), count, each, path and terraform reach
//     nothing.
type resolver struct {
	cfg       *configModule
	instances map[string][]instanceKey // module instance address + " " + type.name
	children  map[string][]instanceKey // module instance address + " " + call name
	seenChild map[string]bool
}

func newResolver(cfg *configModule) *resolver {
	return &resolver{cfg: cfg, instances: map[string][]instanceKey{}, children: map[string][]instanceKey{},
		seenChild: map[string]bool{}}
}

// addInstance records that a resource instance exists, and so do the module instances on
// its path.
func (rv *resolver) addInstance(a address) {
	mod := moduleString(a.module)
	k := mod + " " + a.typ + "." + a.name
	rv.instances[k] = append(rv.instances[k], a.key)
	if rv.seenChild[mod] {
		return
	}
	for i := range a.module {
		parent := moduleString(a.module[:i])
		child := moduleString(a.module[:i+1])
		if !rv.seenChild[child] {
			rv.seenChild[child] = true
			ck := parent + " " + a.module[i].name
			rv.children[ck] = append(rv.children[ck], a.module[i].key)
		}
	}
}

// referencesFromConfig adds a reference for every resource instance an expression of r's
// configuration reaches, at the path of the attribute the expression sets.
func (rv *resolver) referencesFromConfig(r *resource.Resource, a address, exprs *node) {
	seen := map[resource.Reference]bool{}
	eachExpression(exprs, resource.Path{}, 0, func(p resource.Path, refs []string) {
		attr := p.String()
		rv.resolve(a.module, refs, a.key, 0, map[string]bool{}, func(target string) {
			ref := resource.Reference{Attribute: attr, Target: target}
			if target != r.Key && !seen[ref] {
				seen[ref] = true
				r.References = append(r.References, ref)
			}
		})
	})
}

// eachExpression calls fn with every expression's path and references; nested blocks are
// lists of bodies.
func eachExpression(body *node, p resource.Path, depth int, fn func(resource.Path, []string)) {
	if body == nil || body.kind != kindObject || depth > maxDepth {
		return
	}
	for i, name := range body.keys {
		v := body.elems[i]
		switch v.kind {
		case kindObject:
			if refs := v.get("references").strings(); len(refs) > 0 {
				fn(p.Append(name), refs)
			}
		case kindArray:
			for j, b := range v.elems {
				eachExpression(b, p.Append(name, j), depth+1, fn)
			}
		}
	}
}

// maxRefDepth bounds how many module boundaries (inputs and outputs) one reference is
// followed through.
const maxRefDepth = 64

func (rv *resolver) resolve(mod []moduleStep, refs []string, self instanceKey, depth int, seen map[string]bool, add func(string)) {
	if depth > maxRefDepth {
		return
	}
	g := groupReferences(refs)
	modAddr := moduleString(mod)
	for _, res := range g.resources {
		for _, k := range pick(rv.instances[modAddr+" "+res.name], res.keys, self) {
			add(address{module: mod, mode: "managed", typ: res.typ, name: res.rname, key: k}.String())
		}
	}
	for _, d := range g.data {
		memo := "data " + modAddr + " " + d + " " + suffixOf(self)
		mc := rv.cfg.at(mod)
		if seen[memo] || mc == nil {
			continue
		}
		seen[memo] = true
		eachExpression(mc.data[d], resource.Path{}, 0, func(_ resource.Path, refs []string) {
			rv.resolve(mod, refs, self, depth+1, seen, add)
		})
	}
	for _, v := range g.vars {
		memo := "var " + modAddr + " " + v
		if len(mod) == 0 || seen[memo] {
			continue
		}
		seen[memo] = true
		parent, call := mod[:len(mod)-1], mod[len(mod)-1]
		pc := rv.cfg.at(parent)
		if pc == nil || pc.calls[call.name] == nil {
			continue
		}
		e := pc.calls[call.name].expressions.get(v)
		rv.resolve(parent, e.get("references").strings(), call.key, depth+1, seen, add)
	}
	for _, m := range g.modules {
		mc := rv.cfg.at(mod)
		if mc == nil || mc.calls[m.name] == nil || mc.calls[m.name].module == nil {
			continue
		}
		child := mc.calls[m.name].module
		outputs := m.outputs
		if len(outputs) == 0 {
			for name := range child.outputs {
				outputs = append(outputs, name)
			}
			sort.Strings(outputs)
		}
		for _, k := range pick(rv.children[modAddr+" "+m.name], m.keys, self) {
			inst := append(append([]moduleStep(nil), mod...), moduleStep{name: m.name, key: k})
			instAddr := moduleString(inst)
			for _, o := range outputs {
				memo := "output " + instAddr + " " + o
				if seen[memo] {
					continue
				}
				seen[memo] = true
				rv.resolve(inst, child.outputs[o].get("references").strings(), nil, depth+1, seen, add)
			}
		}
	}
}

// pick chooses among a resource's (or module call's) instance keys those a reference reaches:
// the literal keys it names, else the one instance of a block without count or for_each, else
// the referring instance's own key, else all of them.
func pick(available, explicit []instanceKey, self instanceKey) []instanceKey {
	if len(explicit) > 0 {
		var out []instanceKey
		for _, k := range explicit {
			if hasKey(available, k) {
				out = append(out, k)
			}
		}
		return out
	}
	if len(available) == 1 && available[0] == nil {
		return available
	}
	if self != nil && hasKey(available, self) {
		return []instanceKey{self}
	}
	return available
}

func hasKey(keys []instanceKey, k instanceKey) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// referenceGroups are an expression's references, one entry per thing referred to, with the
// literal keys and outputs its listed forms name.
type referenceGroups struct {
	resources []*referenceGroup
	modules   []*referenceGroup
	vars      []string
	data      []string // "type.name"
}

type referenceGroup struct {
	name       string // "type.name" of a resource, or a module call's name
	typ, rname string
	keys       []instanceKey
	outputs    []string
}

// roots that never name a managed resource.
var notResources = map[string]bool{
	"var": true, "local": true, "module": true, "data": true, "each": true, "count": true,
	"path": true, "terraform": true, "self": true, "ephemeral": true, "resource": true,
}

func groupReferences(refs []string) referenceGroups {
	var g referenceGroups
	byName := map[string]*referenceGroup{}
	get := func(list *[]*referenceGroup, kind, name string) *referenceGroup {
		if x := byName[kind+name]; x != nil {
			return x
		}
		x := &referenceGroup{name: name}
		byName[kind+name] = x
		*list = append(*list, x)
		return x
	}
	seenVar, seenData := map[string]bool{}, map[string]bool{}
	for _, ref := range refs {
		steps, ok := parseTraversal(ref)
		if !ok || len(steps) < 2 || steps[0].key != nil || steps[1].key != nil {
			continue
		}
		root := steps[0].name
		switch {
		case root == "var":
			if !seenVar[steps[1].name] {
				seenVar[steps[1].name] = true
				g.vars = append(g.vars, steps[1].name)
			}
		case root == "data":
			if len(steps) > 2 && steps[2].key == nil {
				if d := steps[1].name + "." + steps[2].name; !seenData[d] {
					seenData[d] = true
					g.data = append(g.data, d)
				}
			}
		case root == "module":
			x := get(&g.modules, "module ", steps[1].name)
			rest := steps[2:]
			if len(rest) > 0 && rest[0].key != nil {
				addKey(&x.keys, rest[0].key)
				rest = rest[1:]
			}
			if len(rest) > 0 && rest[0].key == nil && !contains(x.outputs, rest[0].name) {
				x.outputs = append(x.outputs, rest[0].name)
			}
		case !notResources[root]:
			x := get(&g.resources, "resource ", root+"."+steps[1].name)
			x.typ, x.rname = root, steps[1].name
			if len(steps) > 2 && steps[2].key != nil {
				addKey(&x.keys, steps[2].key)
			}
		}
	}
	return g
}

func addKey(keys *[]instanceKey, k instanceKey) {
	if !hasKey(*keys, k) {
		*keys = append(*keys, k)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
