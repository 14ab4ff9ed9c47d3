package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// computedData are the data sources whose result follows from their configuration alone, so
// Plumb computes them instead of treating them as unknown. Each returns the value references
// to one instance see.
var computedData = map[string]func(in *instance, attrs map[string]cty.Value) cty.Value{
	"aws_iam_policy_document": policyDocument,
}

// dataValue evaluates a data source: computed from its configuration when Plumb knows how
// (computedData), otherwise unknown, since it is read at apply time.
func (in *instance) dataValue(r *resourceDecl) cty.Value {
	compute, ok := computedData[r.typ]
	if !ok {
		return cty.DynamicVal
	}
	return in.eachInstance(r.count, r.forEach, r.travs, r.file, func(_ instKey, ctx *hcl.EvalContext) cty.Value {
		return compute(in, in.evalBody(r.body, ctx, r.file, true))
	})
}

// policyDocument renders aws_iam_policy_document as the AWS provider does, but as a
// structure rather than a JSON string, so each statement keeps the line that wrote it and
// an unknown leaf (a resource's arn) leaves the rest of the document checkable. Documents
// that merge other documents (source_policy_documents and friends) are unknown.
func policyDocument(_ *instance, attrs map[string]cty.Value) cty.Value {
	for _, merged := range []string{"source_policy_documents", "override_policy_documents", "source_json", "override_json"} {
		if _, ok := attrs[merged]; ok {
			return docObject(cty.DynamicVal)
		}
	}
	doc := map[string]cty.Value{"Version": cty.StringVal("2012-10-17")}
	if v, ok := attrs["version"]; ok {
		doc["Version"] = v
	}
	if v, ok := attrs["policy_id"]; ok {
		doc["Id"] = v
	}
	stmts, ok := attrs["statement"]
	if ok {
		top, marks := stmts.Unmark()
		if !top.IsKnown() {
			return docObject(cty.DynamicVal.WithMarks(marks))
		}
		var out []cty.Value
		for it := top.ElementIterator(); it.Next(); {
			_, s := it.Element()
			out = append(out, statement(s))
		}
		doc["Statement"] = cty.TupleVal(out)
	}
	return docObject(cty.ObjectVal(doc))
}

func docObject(doc cty.Value) cty.Value {
	return cty.ObjectVal(map[string]cty.Value{"json": doc, "minified_json": doc, "id": cty.UnknownVal(cty.String)})
}

var statementKeys = map[string]string{
	"sid": "Sid", "effect": "Effect", "actions": "Action", "not_actions": "NotAction",
	"resources": "Resource", "not_resources": "NotResource",
}

// statement converts one statement block, keeping the block's own marks.
func statement(s cty.Value) cty.Value {
	un, marks := s.Unmark()
	if !un.IsKnown() || un.IsNull() || !un.Type().IsObjectType() {
		return s
	}
	out := map[string]cty.Value{"Effect": cty.StringVal("Allow")}
	for from, to := range statementKeys {
		if un.Type().HasAttribute(from) {
			out[to] = un.GetAttr(from)
		}
	}
	for from, to := range map[string]string{"principals": "Principal", "not_principals": "NotPrincipal"} {
		if un.Type().HasAttribute(from) {
			out[to] = principals(un.GetAttr(from))
		}
	}
	if un.Type().HasAttribute("condition") {
		out["Condition"] = conditions(un.GetAttr("condition"))
	}
	return cty.ObjectVal(out).WithMarks(marks)
}

// principals turns principals { type = "AWS", identifiers = [...] } blocks into
// {"AWS": [...]}, and the anonymous principal (type "*") into "*".
func principals(blocks cty.Value) cty.Value {
	un, marks := blocks.Unmark()
	if !un.IsKnown() || un.IsNull() {
		return blocks
	}
	byType := map[string][]cty.Value{}
	var order []string
	for it := un.ElementIterator(); it.Next(); {
		_, b := it.Element()
		bu, _ := b.Unmark()
		if !bu.IsKnown() || !bu.Type().IsObjectType() || !bu.Type().HasAttribute("type") {
			return cty.DynamicVal.WithMarks(marks)
		}
		t, _ := bu.GetAttr("type").Unmark()
		if !t.IsKnown() || t.IsNull() || !t.Type().Equals(cty.String) {
			return cty.DynamicVal.WithMarks(marks)
		}
		typ := t.AsString()
		if typ == "*" {
			return cty.StringVal("*").WithMarks(marks)
		}
		if _, seen := byType[typ]; !seen {
			order = append(order, typ)
		}
		if bu.Type().HasAttribute("identifiers") {
			byType[typ] = append(byType[typ], elements(bu.GetAttr("identifiers"))...)
		}
	}
	m := map[string]cty.Value{}
	for _, typ := range order {
		m[typ] = cty.TupleVal(byType[typ])
	}
	return cty.ObjectVal(m).WithMarks(marks)
}

// conditions turns condition { test, variable, values } blocks into
// {"test": {"variable": [values]}}.
func conditions(blocks cty.Value) cty.Value {
	un, marks := blocks.Unmark()
	if !un.IsKnown() || un.IsNull() {
		return blocks
	}
	byTest := map[string]map[string]cty.Value{}
	for it := un.ElementIterator(); it.Next(); {
		_, b := it.Element()
		bu, _ := b.Unmark()
		if !bu.IsKnown() || !bu.Type().IsObjectType() || !bu.Type().HasAttribute("test") || !bu.Type().HasAttribute("variable") {
			return cty.DynamicVal.WithMarks(marks)
		}
		test, _ := bu.GetAttr("test").Unmark()
		variable, _ := bu.GetAttr("variable").Unmark()
		if !test.IsKnown() || !variable.IsKnown() || test.IsNull() || variable.IsNull() {
			return cty.DynamicVal.WithMarks(marks)
		}
		if byTest[test.AsString()] == nil {
			byTest[test.AsString()] = map[string]cty.Value{}
		}
		values := cty.EmptyTupleVal
		if bu.Type().HasAttribute("values") {
			values = bu.GetAttr("values")
		}
		byTest[test.AsString()][variable.AsString()] = values
	}
	m := map[string]cty.Value{}
	for t, vars := range byTest {
		m[t] = cty.ObjectVal(vars)
	}
	return cty.ObjectVal(m).WithMarks(marks)
}

func elements(v cty.Value) []cty.Value {
	un, marks := v.Unmark()
	if !un.IsKnown() || un.IsNull() || !un.CanIterateElements() {
		return []cty.Value{v}
	}
	var out []cty.Value
	for it := un.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, e.WithMarks(marks))
	}
	return out
}
