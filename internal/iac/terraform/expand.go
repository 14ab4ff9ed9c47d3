package terraform

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// shape is how a resource or module call is repeated.
type shape uint8

const (
	single       shape = iota
	counted            // count: instances are a tuple
	keyed              // for_each: instances are an object
	unknownShape       // count or for_each could not be known: one placeholder instance
)

// instKey is one instance of a repeated block.
type instKey struct {
	suffix string // "", "[0]", "[\"k\"]", "[*]"
	key    cty.Value
	ctx    *hcl.EvalContext // holds count or each
}

// expand evaluates count or for_each and returns the instances with their contexts.
func (in *instance) expand(count, forEach hcl.Expression, file string) (shape, []instKey) {
	switch {
	case count != nil:
		return in.expandCount(count, file)
	case forEach != nil:
		return in.expandForEach(forEach, file)
	}
	return single, []instKey{{}}
}

func (in *instance) expandCount(expr hcl.Expression, file string) (shape, []instKey) {
	v, _ := in.evalAttr(expr, nil, file).UnmarkDeep()
	if !v.IsKnown() || v.IsNull() {
		return unknownShape, []instKey{placeholder(map[string]cty.Value{
			"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})})}
	}
	n, err := toInt(v)
	if err != nil || n < 0 {
		in.l.warnf(file, expr.Range().Start.Line, "count must be a whole number", fmt.Sprint(err))
		return counted, nil
	}
	keys := make([]instKey, n)
	for i := 0; i < n; i++ {
		idx := cty.NumberIntVal(int64(i))
		keys[i] = instKey{suffix: "[" + strconv.Itoa(i) + "]", key: idx, ctx: &hcl.EvalContext{Variables: map[string]cty.Value{
			"count": cty.ObjectVal(map[string]cty.Value{"index": idx})}}}
	}
	return counted, keys
}

func toInt(v cty.Value) (int, error) {
	if !v.Type().Equals(cty.Number) {
		nv, err := convertNumber(v)
		if err != nil {
			return 0, err
		}
		v = nv
	}
	bf := v.AsBigFloat()
	if !bf.IsInt() {
		return 0, fmt.Errorf("%s is not a whole number", bf.String())
	}
	i, _ := bf.Int64()
	return int(i), nil
}

func placeholder(vars map[string]cty.Value) instKey {
	return instKey{suffix: "[*]", key: cty.DynamicVal, ctx: &hcl.EvalContext{Variables: vars}}
}

func (in *instance) expandForEach(expr hcl.Expression, file string) (shape, []instKey) {
	v := in.evalAttr(expr, nil, file)
	top, _ := v.Unmark()
	unknownEach := map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{
		"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}
	if !top.IsWhollyKnown() {
		return unknownShape, []instKey{placeholder(unknownEach)}
	}
	if top.IsNull() {
		in.l.warnf(file, expr.Range().Start.Line, "for_each is null", "no instances are created")
		return keyed, nil
	}
	ty := top.Type()
	var keys []instKey
	switch {
	case ty.IsMapType() || ty.IsObjectType():
		for it := top.ElementIterator(); it.Next(); {
			k, ev := it.Element()
			keys = append(keys, eachKey(k.AsString(), ev))
		}
	case ty.IsSetType() || ty.IsListType() || ty.IsTupleType():
		for it := top.ElementIterator(); it.Next(); {
			_, ev := it.Element()
			ek, _ := ev.Unmark()
			if !ek.Type().Equals(cty.String) {
				conv, err := convertString(ek)
				if err != nil {
					in.l.warnf(file, expr.Range().Start.Line, "for_each over a set must hold strings", err.Error())
					continue
				}
				ek = conv
			}
			keys = append(keys, eachKey(ek.AsString(), ev))
		}
	default:
		in.l.warnf(file, expr.Range().Start.Line, "for_each must be a map or a set of strings",
			"got "+ty.FriendlyName())
		return keyed, nil
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].key.AsString() < keys[j].key.AsString() })
	return keyed, keys
}

func eachKey(k string, value cty.Value) instKey {
	kv := cty.StringVal(k)
	return instKey{suffix: "[" + strconv.Quote(k) + "]", key: kv, ctx: &hcl.EvalContext{Variables: map[string]cty.Value{
		"each": cty.ObjectVal(map[string]cty.Value{"key": kv, "value": value})}}}
}

// collect assembles instance values into the value a reference to the block sees.
func collect(sh shape, keys []instKey, vals []cty.Value) cty.Value {
	switch sh {
	case counted:
		if len(vals) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(vals)
	case keyed:
		m := map[string]cty.Value{}
		for i, k := range keys {
			m[k.key.AsString()] = vals[i]
		}
		return cty.ObjectVal(m)
	case unknownShape:
		return cty.DynamicVal
	}
	if len(vals) == 0 {
		return cty.DynamicVal
	}
	return vals[0]
}

// eachInstance evaluates one value per instance of a repeated block (a resource, a data
// source, a module call), each in a context holding the instance's count or each, and
// assembles them as a reference to the block sees them.
func (in *instance) eachInstance(count, forEach hcl.Expression, travs []hcl.Traversal, file string,
	eval func(k instKey, ctx *hcl.EvalContext) cty.Value) cty.Value {
	sh, keys := in.expand(count, forEach, file)
	base := in.ctx(travs, nil)
	vals := make([]cty.Value, len(keys))
	for i, k := range keys {
		ctx := base
		if k.ctx != nil {
			ctx = base.NewChild()
			ctx.Variables = k.ctx.Variables
		}
		vals[i] = eval(k, ctx)
	}
	return collect(sh, keys, vals)
}
