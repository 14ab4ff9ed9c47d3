package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// evalExpr evaluates expr, giving the result the provenance rules of the package doc: plain
// references keep the origin of the value they read (and gain a via mark for expr); object
// and tuple constructors are evaluated item by item so each item has its own line; anything
// else is marked as set by expr itself. An expression that fails to evaluate is unknown.
func evalExpr(expr hcl.Expression, ctx *hcl.EvalContext, file string) (cty.Value, hcl.Diagnostics) {
	own := originOf(file, expr.Range())
	switch x := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr, *hclsyntax.RelativeTraversalExpr, *hclsyntax.IndexExpr:
		v, diags := expr.Value(ctx)
		if diags.HasErrors() {
			return cty.DynamicVal.Mark(own), diags
		}
		if !hasOrigin(v) {
			// A value with no origin of its own (a computed attribute, a computed data
			// source) was set here; what is nested in it keeps its own lines.
			return v.Mark(own), diags
		}
		return stripVias(v).Mark(viaMark(own)), diags
	case *hclsyntax.TemplateWrapExpr:
		return evalExpr(x.Wrapped, ctx, file)
	case *hclsyntax.ParenthesesExpr:
		return evalExpr(x.Expression, ctx, file)
	case *hclsyntax.ObjectConsExpr:
		return evalObject(x, ctx, file, own)
	case *hclsyntax.TupleConsExpr:
		var diags hcl.Diagnostics
		vals := make([]cty.Value, len(x.Exprs))
		for i, e := range x.Exprs {
			var d hcl.Diagnostics
			vals[i], d = evalExpr(e, ctx, file)
			diags = append(diags, d...)
		}
		return cty.TupleVal(vals).Mark(own), diags
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		return cty.DynamicVal.Mark(own), diags
	}
	return withOwnOrigin(v, own), diags
}

func evalObject(x *hclsyntax.ObjectConsExpr, ctx *hcl.EvalContext, file string, own originMark) (cty.Value, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	m := make(map[string]cty.Value, len(x.Items))
	for _, item := range x.Items {
		kv, d := item.KeyExpr.Value(ctx)
		diags = append(diags, d...)
		if d.HasErrors() {
			continue
		}
		kv, _ = kv.UnmarkDeep()
		if !kv.IsKnown() {
			// A key that cannot be known makes the whole object's shape unknown.
			return cty.DynamicVal.Mark(own), diags
		}
		ks, err := convertString(kv)
		if err != nil || ks.IsNull() {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagWarning, Summary: "object key must be a string",
				Subject: item.KeyExpr.Range().Ptr()})
			continue
		}
		v, d := evalExpr(item.ValueExpr, ctx, file)
		diags = append(diags, d...)
		m[ks.AsString()] = v
	}
	return cty.ObjectVal(m).Mark(own), diags
}

func hasOrigin(v cty.Value) bool {
	_, ms := v.Unmark()
	for m := range ms {
		if _, ok := m.(originMark); ok {
			return true
		}
	}
	return false
}
