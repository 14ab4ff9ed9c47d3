package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// maxModuleDepth stops a module that calls itself.
const maxModuleDepth = 32

// callMeta are a module block's arguments that are not inputs.
var callMeta = map[string]bool{"source": true, "version": true, "providers": true, "depends_on": true,
	"count": true, "for_each": true}

// callValue evaluates a module call once: each instance's inputs, the child module's
// resources, and the outputs that references to module.NAME see.
func (in *instance) callValue(c *moduleCall) cty.Value {
	switch in.callSt[c.name] {
	case done:
		return in.calls[c.name]
	case running:
		in.l.warnf(c.file, c.declRng.Start.Line, "module."+c.name+" refers to itself", "its outputs are treated as unknown")
		return cty.DynamicVal
	}
	in.callSt[c.name] = running
	v := in.evalCall(c)
	in.calls[c.name], in.callSt[c.name] = v, done
	return v
}

func (in *instance) evalCall(c *moduleCall) cty.Value {
	dir := in.moduleDirFor(c)
	if dir == "" {
		in.l.warnf(c.file, c.declRng.Start.Line, "module "+c.name+" is not downloaded; its resources are not scanned",
			"source "+c.source+" is remote; run terraform init (or terraform get) before scanning to include it")
		return cty.DynamicVal
	}
	if in.depth >= maxModuleDepth {
		in.l.warnf(c.file, c.declRng.Start.Line, "module "+c.name+" nests too deep", "a module that calls itself?")
		return cty.DynamicVal
	}
	def := in.l.parseModule(dir)
	return in.eachInstance(c.count, c.forEach, c.travs, c.file, func(k instKey, ctx *hcl.EvalContext) cty.Value {
		inputs := in.callInputs(c, ctx)
		addr := addrString(in.addr, "module."+c.name+k.suffix)
		modKey := c.name
		if in.modKey != "" {
			modKey = in.modKey + "." + c.name
		}
		child := in.l.newInstance(def, addr, in.rootDir, modKey, in.l.moduleVars(def, inputs, c), in.depth+1)
		child.run()
		return child.outputValues()
	})
}

// callInputs evaluates a module call's arguments. The body (what PartialContent left of the
// block) hides source, count and for_each already; a module block has no nested blocks.
func (in *instance) callInputs(c *moduleCall, ctx *hcl.EvalContext) map[string]cty.Value {
	out := map[string]cty.Value{}
	attrs, diags := c.body.JustAttributes()
	in.l.addDiags(diags, false)
	for name, a := range attrs {
		if callMeta[name] {
			continue
		}
		v, d := evalExpr(a.Expr, ctx, c.file)
		in.l.addDiags(d, false)
		out[name] = v
	}
	return out
}

// outputValues evaluates every output of a module instance into the object module.NAME is.
func (in *instance) outputValues() cty.Value {
	m := map[string]cty.Value{}
	for _, name := range sortedNames(in.def.outputs) {
		o := in.def.outputs[name]
		m[name] = in.evalAttr(o.expr, nil, o.file)
	}
	return cty.ObjectVal(m)
}

// moduleVars gives each declared variable its input, else its default, else unknown,
// converted to its declared type.
func (l *loader) moduleVars(def *moduleDef, inputs map[string]cty.Value, c *moduleCall) map[string]cty.Value {
	vars := map[string]cty.Value{}
	for name, decl := range def.variables {
		v, ok := inputs[name]
		if !ok {
			v = l.defaultValue(decl)
		}
		vars[name] = l.convertVar(decl, v)
	}
	if c != nil {
		for name := range inputs {
			if _, ok := def.variables[name]; !ok {
				l.warnf(c.file, c.declRng.Start.Line, "module "+c.name+" has no variable "+name, "the input is ignored")
			}
		}
	}
	return vars
}

func (l *loader) defaultValue(decl *variableDecl) cty.Value {
	if !decl.hasDefault {
		return cty.DynamicVal.Mark(originOf(decl.file, decl.rng))
	}
	v, diags := evalExpr(decl.def, &hcl.EvalContext{Functions: l.functions("")}, decl.file)
	l.addDiags(diags, false)
	return v
}

func (l *loader) convertVar(decl *variableDecl, v cty.Value) cty.Value {
	if decl.typeExpr == nil {
		return v
	}
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(decl.typeExpr)
	if diags.HasErrors() {
		l.addDiags(diags, false)
		return v
	}
	if defaults != nil {
		// Defaults cannot walk marked values: apply them unmarked, then restore the marks.
		un, pvm := v.UnmarkDeepWithPaths()
		v = defaults.Apply(un).MarkWithPaths(pvm)
	}
	cv, err := convert.Convert(v, ty)
	if err != nil {
		l.warnf(decl.file, decl.rng.Start.Line, "variable "+decl.name+": value does not match its type", err.Error())
		return v
	}
	return cv
}
