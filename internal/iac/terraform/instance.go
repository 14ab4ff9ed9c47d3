package terraform

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// state of a lazily evaluated node, for cycle detection.
type state uint8

const (
	pending state = iota
	running
	done
)

// instance is one instantiation of a module: the root, or a module call's instance with its
// own address and inputs. Locals, resources and module calls are evaluated lazily and once,
// in whatever order references require.
type instance struct {
	l       *loader
	def     *moduleDef
	addr    string // "" for the root, else "module.a[\"k\"].module.b"
	rootDir string
	modKey  string // the call path used by .terraform/modules/modules.json ("a.b")
	depth   int

	vars      map[string]cty.Value
	varObj    cty.Value
	locals    map[string]cty.Value
	localSt   map[string]state
	resources map[string]cty.Value // by resourceDecl.addr()
	resSt     map[string]state
	calls     map[string]cty.Value
	callSt    map[string]state
	refAttrs  map[string]map[string]bool
}

func (l *loader) newInstance(def *moduleDef, addr, rootDir, modKey string, vars map[string]cty.Value, depth int) *instance {
	in := &instance{l: l, def: def, addr: addr, rootDir: rootDir, modKey: modKey, depth: depth, vars: vars,
		locals: map[string]cty.Value{}, localSt: map[string]state{},
		resources: map[string]cty.Value{}, resSt: map[string]state{},
		calls: map[string]cty.Value{}, callSt: map[string]state{}}
	in.varObj = cty.ObjectVal(vars)
	if len(vars) == 0 {
		in.varObj = cty.EmptyObjectVal
	}
	in.refAttrs = def.refAttrs
	return in
}

// run evaluates every resource and module call of the instance, emitting resources.
func (in *instance) run() {
	for _, r := range in.def.resources {
		in.resourceValue(r)
	}
	for _, c := range in.def.calls {
		in.callValue(c)
	}
}

// evalRoot evaluates a root module directory with variables from tfvars, files and flags.
func (l *loader) evalRoot(dir string) {
	def := l.parseModule(dir)
	l.loadRemoteModules(dir)
	vars := l.rootVars(def)
	in := l.newInstance(def, "", dir, "", vars, 0)
	in.run()
}

// ctx builds an evaluation context holding exactly what the traversals refer to.
func (in *instance) ctx(travs []hcl.Traversal, parent *hcl.EvalContext) *hcl.EvalContext {
	vars := map[string]cty.Value{}
	localNames := map[string]bool{}
	callNames := map[string]bool{}
	resAddrs := map[string]*resourceDecl{}
	for _, t := range travs {
		root := t.RootName()
		switch root {
		case "var":
			vars["var"] = in.varObj
		case "local":
			if n := stepName(t, 1); n != "" {
				localNames[n] = true
			}
		case "module":
			if n := stepName(t, 1); n != "" {
				callNames[n] = true
			}
		case "data":
			if r := in.def.byAddr["data."+stepName(t, 1)+"."+stepName(t, 2)]; r != nil {
				resAddrs[r.addr()] = r
			}
		case "path":
			vars["path"] = in.pathObj()
		case "terraform":
			vars["terraform"] = cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")})
		default:
			if r := in.def.byAddr[root+"."+stepName(t, 1)]; r != nil {
				resAddrs[r.addr()] = r
			}
		}
	}
	if len(localNames) > 0 {
		m := map[string]cty.Value{}
		for n := range localNames {
			if v, ok := in.localValue(n); ok {
				m[n] = v
			}
		}
		vars["local"] = cty.ObjectVal(m)
	}
	if len(callNames) > 0 {
		m := map[string]cty.Value{}
		for n := range callNames {
			if c := in.call(n); c != nil {
				m[n] = in.callValue(c)
			}
		}
		vars["module"] = cty.ObjectVal(m)
	}
	in.addResourceVars(vars, resAddrs)
	if parent != nil {
		child := parent.NewChild()
		child.Variables = vars
		return child
	}
	return &hcl.EvalContext{Variables: vars, Functions: in.l.functions(in.rootDir)}
}

func (in *instance) addResourceVars(vars map[string]cty.Value, resAddrs map[string]*resourceDecl) {
	byType := map[string]map[string]cty.Value{}
	data := map[string]map[string]cty.Value{}
	for _, r := range resAddrs {
		v := in.resourceValue(r)
		target := byType
		if r.mode == "data" {
			target = data
		}
		if target[r.typ] == nil {
			target[r.typ] = map[string]cty.Value{}
		}
		target[r.typ][r.name] = v
	}
	for typ, m := range byType {
		vars[typ] = cty.ObjectVal(m)
	}
	if len(data) > 0 {
		dm := map[string]cty.Value{}
		for typ, m := range data {
			dm[typ] = cty.ObjectVal(m)
		}
		vars["data"] = cty.ObjectVal(dm)
	}
}

func (in *instance) pathObj() cty.Value {
	return cty.ObjectVal(map[string]cty.Value{
		"module": cty.StringVal(in.def.dir),
		"root":   cty.StringVal(in.rootDir),
		"cwd":    cty.StringVal(in.rootDir),
	})
}

func (in *instance) call(name string) *moduleCall {
	for _, c := range in.def.calls {
		if c.name == name {
			return c
		}
	}
	return nil
}

// stepName returns the attribute name at step i of a traversal, or "".
func stepName(t hcl.Traversal, i int) string {
	if i >= len(t) {
		return ""
	}
	switch s := t[i].(type) {
	case hcl.TraverseAttr:
		return s.Name
	case hcl.TraverseRoot:
		return s.Name
	}
	return ""
}

// localValue evaluates a local once; a local in a reference cycle is unknown.
func (in *instance) localValue(name string) (cty.Value, bool) {
	decl, ok := in.def.locals[name]
	if !ok {
		return cty.NilVal, false
	}
	switch in.localSt[name] {
	case done:
		return in.locals[name], true
	case running:
		in.l.warnf(decl.file, decl.rng.Start.Line, "local."+name+" refers to itself", "its value is treated as unknown")
		return cty.DynamicVal, true
	}
	in.localSt[name] = running
	v := in.evalAttr(decl.expr, nil, decl.file)
	in.locals[name], in.localSt[name] = v, done
	return v, true
}

// evalAttr evaluates one expression with a context built for it, under parent (which holds
// count, each or a dynamic block's iterator, when there is one).
func (in *instance) evalAttr(expr hcl.Expression, parent *hcl.EvalContext, file string) cty.Value {
	ctx := in.ctx(expr.Variables(), parent)
	v, diags := evalExpr(expr, ctx, file)
	in.l.addDiags(diags, false)
	return v
}

// collectRefAttrs finds, for each resource of a module, which of its attributes other
// expressions read (aws_s3_bucket.b.arn → "arn"), so that a reference to an attribute the
// configuration does not set yields an unknown value rather than an error.
func collectRefAttrs(def *moduleDef) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	add := func(t hcl.Traversal) {
		root := t.RootName()
		i := 1
		if root == "data" {
			root, i = "data."+stepName(t, 1), 2
		}
		addr := root + "." + stepName(t, i)
		if def.byAddr[addr] == nil {
			return
		}
		for _, s := range t[i+1:] {
			if a, ok := s.(hcl.TraverseAttr); ok {
				if out[addr] == nil {
					out[addr] = map[string]bool{}
				}
				out[addr][a.Name] = true
				return
			}
		}
	}
	for _, t := range moduleTraversals(def) {
		add(t)
	}
	// aws_instance.this[count.index].availability_zone: an index that is not a literal splits
	// the reference, and Variables() sees only aws_instance.this; the attribute is in the
	// relative traversal around it (and in a splat's).
	for _, t := range indexedTraversals(def) {
		add(t)
	}
	return out
}

// indexedTraversals rebuilds "resource.name.attr" traversals from the expressions whose
// index or splat Variables() cannot follow, walking every native expression of the module.
func indexedTraversals(def *moduleDef) []hcl.Traversal {
	var out []hcl.Traversal
	visit := func(n hclsyntax.Node) hcl.Diagnostics {
		var src hclsyntax.Expression
		var rel hcl.Traversal
		switch x := n.(type) {
		case *hclsyntax.RelativeTraversalExpr:
			src, rel = x.Source, x.Traversal
		case *hclsyntax.SplatExpr:
			if each, ok := x.Each.(*hclsyntax.RelativeTraversalExpr); ok {
				src, rel = x.Source, each.Traversal
			}
		}
		for {
			switch s := src.(type) {
			case *hclsyntax.IndexExpr:
				src = s.Collection
				continue
			case *hclsyntax.RelativeTraversalExpr:
				src = s.Source
				continue
			case *hclsyntax.ScopeTraversalExpr:
				t := append(append(hcl.Traversal{}, s.Traversal...), rel...)
				out = append(out, t)
			}
			break
		}
		return nil
	}
	for _, f := range def.bodies {
		hclsyntax.VisitAll(f, visit)
	}
	return out
}

func moduleTraversals(def *moduleDef) []hcl.Traversal {
	var ts []hcl.Traversal
	for _, d := range def.locals {
		ts = append(ts, d.expr.Variables()...)
	}
	for _, d := range def.outputs {
		ts = append(ts, d.expr.Variables()...)
	}
	for _, r := range def.resources {
		ts = append(ts, r.travs...)
		if r.count != nil {
			ts = append(ts, r.count.Variables()...)
		}
		if r.forEach != nil {
			ts = append(ts, r.forEach.Variables()...)
		}
	}
	for _, c := range def.calls {
		ts = append(ts, c.travs...)
		if c.count != nil {
			ts = append(ts, c.count.Variables()...)
		}
		if c.forEach != nil {
			ts = append(ts, c.forEach.Variables()...)
		}
	}
	return ts
}

// moduleDirFor resolves a module call's source to a directory, or "" when it is a remote
// module that was not downloaded.
func (in *instance) moduleDirFor(c *moduleCall) string {
	if isLocalSource(c.source) {
		return filepath.Clean(filepath.Join(in.def.dir, c.source))
	}
	key := c.name
	if in.modKey != "" {
		key = in.modKey + "." + c.name
	}
	return in.l.remote[in.rootDir][key]
}

func sortedNames[T any](m map[string]T) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var _ = strings.TrimSpace
