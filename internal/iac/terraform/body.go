package terraform

import (
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// resourceMeta are the arguments and blocks of a resource that configure Terraform itself,
// not the resource.
var resourceMeta = map[string]bool{
	"count": true, "for_each": true, "provider": true, "depends_on": true,
	"lifecycle": true, "provisioner": true, "connection": true,
}

// jsonMapAttrs are the object-valued arguments that, in .tf.json, stay maps; any other object
// value in a JSON resource body is a nested block (without a provider schema, JSON cannot say).
var jsonMapAttrs = map[string]bool{
	"tags": true, "tags_all": true, "labels": true, "variables": true, "parameters": true,
	"metadata": true, "annotations": true, "triggers": true, "environment_variables": true,
}

// evalBody evaluates a block body into attribute values; nested blocks become tuples of
// objects under their type name, each marked with its own range.
func (in *instance) evalBody(body hcl.Body, ctx *hcl.EvalContext, file string, top bool) map[string]cty.Value {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		return in.evalJSONBody(body, ctx, file)
	}
	out := make(map[string]cty.Value, len(sb.Attributes)+len(sb.Blocks))
	for name, a := range sb.Attributes {
		if top && resourceMeta[name] {
			continue
		}
		// An override file's arguments sit in the overridden block: name each one's own file.
		v, diags := evalExpr(a.Expr, ctx, in.l.fileOf(a.SrcRange, file))
		in.l.addDiags(diags, false)
		out[name] = v
	}
	blocks := map[string][]cty.Value{}
	var order []string
	for _, b := range sb.Blocks {
		if top && resourceMeta[b.Type] {
			continue
		}
		name := b.Type
		file := in.l.fileOf(b.TypeRange, file)
		var vals []cty.Value
		if b.Type == "dynamic" && len(b.Labels) == 1 {
			name = b.Labels[0]
			vals = in.evalDynamic(b, ctx, file)
			if vals == nil {
				// The for_each is unknown: so is every block it would make.
				out[name] = cty.DynamicVal.Mark(originOf(file, b.Range()))
				continue
			}
		} else {
			obj := cty.ObjectVal(in.evalBody(b.Body, ctx, file, false))
			vals = []cty.Value{obj.Mark(originOf(file, hcl.RangeBetween(b.TypeRange, b.Body.SrcRange)))}
		}
		if _, seen := blocks[name]; !seen {
			order = append(order, name)
		}
		blocks[name] = append(blocks[name], vals...)
	}
	for _, name := range order {
		if _, unknown := out[name]; unknown || len(blocks[name]) == 0 {
			continue // unknown, or a dynamic block that made no block: absent
		}
		out[name] = cty.TupleVal(blocks[name])
	}
	return out
}

// evalDynamic expands a dynamic block. It returns nil when its for_each cannot be known.
func (in *instance) evalDynamic(b *hclsyntax.Block, ctx *hcl.EvalContext, file string) []cty.Value {
	iter := b.Labels[0]
	var forEach hcl.Expression
	var content *hclsyntax.Body
	if a, ok := b.Body.Attributes["for_each"]; ok {
		forEach = a.Expr
	}
	if a, ok := b.Body.Attributes["iterator"]; ok {
		if t, d := hcl.AbsTraversalForExpr(a.Expr); !d.HasErrors() {
			iter = t.RootName()
		}
	}
	for _, cb := range b.Body.Blocks {
		if cb.Type == "content" {
			content = cb.Body
		}
	}
	if forEach == nil || content == nil {
		in.l.warnf(file, b.TypeRange.Start.Line, "dynamic block needs for_each and content", "")
		return []cty.Value{}
	}
	fv, diags := forEach.Value(ctx)
	in.l.addDiags(diags, false)
	top, _ := fv.Unmark()
	if diags.HasErrors() || !top.IsWhollyKnown() {
		return nil
	}
	if top.IsNull() || !top.CanIterateElements() {
		return []cty.Value{}
	}
	out := []cty.Value{}
	for it := top.ElementIterator(); it.Next(); {
		k, v := it.Element()
		child := ctx.NewChild()
		child.Variables = map[string]cty.Value{iter: cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})}
		obj := cty.ObjectVal(in.evalBody(content, child, file, false))
		out = append(out, obj.Mark(originOf(file, hcl.RangeBetween(b.TypeRange, b.Body.SrcRange))))
	}
	return out
}

func (in *instance) evalJSONBody(body hcl.Body, ctx *hcl.EvalContext, file string) map[string]cty.Value {
	attrs, diags := body.JustAttributes()
	in.l.addDiags(diags, false)
	out := make(map[string]cty.Value, len(attrs))
	for name, a := range attrs {
		if resourceMeta[name] {
			continue
		}
		v, d := a.Expr.Value(ctx)
		in.l.addDiags(d, false)
		if d.HasErrors() {
			v = cty.DynamicVal
		}
		v = withOwnOrigin(v, originOf(file, a.Range))
		if !jsonMapAttrs[name] {
			v = asBlocks(v)
		}
		out[name] = v
	}
	return out
}

// asBlocks turns a JSON object value into a one-element tuple (a nested block), and a list
// of objects into a tuple of blocks; other values are returned as they are.
func asBlocks(v cty.Value) cty.Value {
	un, ms := v.Unmark()
	if !un.IsKnown() || un.IsNull() {
		return v
	}
	ty := un.Type()
	if ty.IsObjectType() || ty.IsMapType() {
		return cty.TupleVal([]cty.Value{un.WithMarks(ms)})
	}
	return v
}

// bodyTraversals lists every variable reference in a body, nested blocks included.
func bodyTraversals(body hcl.Body) []hcl.Traversal {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		attrs, _ := body.JustAttributes()
		var ts []hcl.Traversal
		for _, n := range sortedNames(attrs) {
			ts = append(ts, attrs[n].Expr.Variables()...)
		}
		return ts
	}
	var ts []hcl.Traversal
	names := make([]string, 0, len(sb.Attributes))
	for n := range sb.Attributes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ts = append(ts, sb.Attributes[n].Expr.Variables()...)
	}
	for _, b := range sb.Blocks {
		ts = append(ts, bodyTraversals(b.Body)...)
	}
	return ts
}

// fileOf names the file a range is in, relative to the scan root, or def when the range
// has none.
func (l *loader) fileOf(rng hcl.Range, def string) string {
	if rng.Filename == "" {
		return def
	}
	return l.rel(rng.Filename)
}
