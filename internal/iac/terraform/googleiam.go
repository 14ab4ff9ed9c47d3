package terraform

import "github.com/zclconf/go-cty/cty"

func init() {
	computedData["google_iam_policy"] = googleIAMPolicy
}

// googleIAMPolicy renders the google_iam_policy data source's policy_data as the google
// provider does, as a structure rather than a JSON string: {bindings: [{role, members,
// condition}], auditConfigs: [...]}. Each binding keeps the marks (and so the lines) of the
// block that wrote it, and an unknown member leaves the other members checkable.
func googleIAMPolicy(_ *instance, attrs map[string]cty.Value) cty.Value {
	doc := map[string]cty.Value{}
	if v, ok := attrs["binding"]; ok {
		doc["bindings"] = googleIAMBlocks(v, []string{"role", "members", "condition"})
	}
	if v, ok := attrs["audit_config"]; ok {
		doc["auditConfigs"] = googleIAMBlocks(v, []string{"service", "audit_log_configs"})
	}
	data := cty.ObjectVal(doc)
	return cty.ObjectVal(map[string]cty.Value{"policy_data": data, "id": cty.UnknownVal(cty.String)})
}

// googleIAMBlocks turns nested blocks into a tuple of objects holding the named attributes
// (audit_log_configs comes from the audit_log_config blocks). An unknown collection (a
// dynamic block over an unknown value) stays unknown.
func googleIAMBlocks(blocks cty.Value, keys []string) cty.Value {
	un, marks := blocks.Unmark()
	if !un.IsKnown() || un.IsNull() || !un.CanIterateElements() {
		return cty.DynamicVal.WithMarks(marks)
	}
	var out []cty.Value
	for it := un.ElementIterator(); it.Next(); {
		_, b := it.Element()
		bu, bm := b.Unmark()
		if !bu.IsKnown() || bu.IsNull() || !bu.Type().IsObjectType() {
			out = append(out, cty.DynamicVal.WithMarks(bm))
			continue
		}
		m := map[string]cty.Value{}
		for _, k := range keys {
			src := k
			if k == "audit_log_configs" {
				src = "audit_log_config"
			}
			if bu.Type().HasAttribute(src) {
				v := bu.GetAttr(src)
				if vu, _ := v.Unmark(); vu.IsNull() {
					continue
				}
				m[k] = v
			}
		}
		out = append(out, cty.ObjectVal(m).WithMarks(bm))
	}
	return cty.TupleVal(out).WithMarks(marks)
}
