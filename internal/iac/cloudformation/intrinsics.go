package cloudformation

import (
	"encoding/base64"
	"encoding/json"
	"math"
	"net"
	"strconv"
	"strings"

	"github.com/apparentlymart/go-cidr/cidr"
	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

const (
	// maxDepth bounds nesting of values and functions.
	maxDepth = 200
	// stepsPerByte and minSteps bound the work spent on one template: a template without
	// YAML aliases takes fewer evaluation steps than it has bytes, and aliases that expand
	// exponentially (a "billion laughs") are cut off instead of hanging the scan.
	stepsPerByte = 4
	minSteps     = 10_000
)

// intrinsic recognises a function call: a short-form tag (!Ref X, !GetAtt A.B) or a mapping
// with one key Ref or Fn::Name. It returns the long name and the argument.
func intrinsic(n *yaml.Node) (fn string, arg *yaml.Node, ok bool) {
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		name := n.Tag[1:]
		fn = "Fn::" + name
		if name == "Ref" || name == "Condition" {
			fn = name
		}
		c := *n
		switch n.Kind {
		case yaml.ScalarNode:
			c.Tag = "!!str"
		case yaml.SequenceNode:
			c.Tag = "!!seq"
		case yaml.MappingNode:
			c.Tag = "!!map"
		}
		return fn, &c, true
	}
	if n.Kind == yaml.MappingNode && len(n.Content) == 2 {
		k := n.Content[0].Value
		if k == "Ref" || strings.HasPrefix(k, "Fn::") {
			return k, deref(n.Content[1]), true
		}
	}
	return "", nil, false
}

// eval evaluates a template value: literals as written, functions as far as they can be
// known.
func (t *template) eval(n *yaml.Node, depth int) *val {
	t.steps++
	if n == nil {
		return scalarVal(nil, resource.Location{File: t.file})
	}
	loc := t.nodeLoc(n)
	if t.steps > t.maxSteps {
		if t.steps == t.maxSteps+1 {
			t.warn(n.Line, "the template expands too far to evaluate (YAML aliases?)",
				"values from here on are treated as unknown")
		}
		t.steps = t.maxSteps + 2
		return unknownVal(loc)
	}
	if depth > maxDepth {
		t.warn(n.Line, "value is nested too deeply to evaluate", "it is treated as unknown")
		return unknownVal(loc)
	}
	if n.Kind == yaml.AliasNode {
		target := deref(n)
		if target == nil {
			return unknownVal(loc)
		}
		return t.eval(target, depth+1)
	}
	if fn, arg, ok := intrinsic(n); ok && arg != nil {
		return t.call(fn, arg, loc, depth+1)
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return scalarVal(scalar(n), loc)
	case yaml.SequenceNode:
		items := make([]*val, len(n.Content))
		for i, c := range n.Content {
			items[i] = t.eval(c, depth+1)
		}
		return listVal(loc, items...)
	case yaml.MappingNode:
		m := mapVal(loc)
		ks, vs := mapEntries(n)
		for i, k := range ks {
			m.set(k.Value, t.eval(vs[i], depth+1).usedAt(t.file, k.Line))
		}
		return m
	case yaml.DocumentNode:
		if len(n.Content) > 0 {
			return t.eval(n.Content[0], depth+1)
		}
	}
	return scalarVal(nil, loc)
}

// scalar converts a scalar node by its resolved YAML tag; timestamps and anything else
// stay strings (a policy's Version: 2012-10-17 is the string CloudFormation sends).
func scalar(n *yaml.Node) any {
	switch n.Tag {
	case "!!int":
		if i, err := strconv.ParseInt(n.Value, 0, 64); err == nil {
			return i
		}
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return f
		}
	case "!!float":
		if f, err := strconv.ParseFloat(n.Value, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			if f == math.Trunc(f) && math.Abs(f) < 1<<53 && !strings.ContainsAny(n.Value, ".eE") {
				return int64(f)
			}
			return f
		}
	case "!!bool":
		return strings.EqualFold(n.Value, "true")
	case "!!null":
		return nil
	}
	return n.Value
}

// call evaluates one function.
func (t *template) call(fn string, arg *yaml.Node, loc resource.Location, depth int) *val {
	args := func() []*yaml.Node {
		if arg.Kind == yaml.SequenceNode {
			return arg.Content
		}
		return []*yaml.Node{arg}
	}
	switch fn {
	case "Ref":
		return t.ref(arg, loc, depth)
	case "Fn::GetAtt":
		return t.getAtt(arg, loc, depth)
	case "Fn::Sub":
		return t.sub(args(), loc, depth)
	case "Fn::Join":
		return t.join(args(), loc, depth)
	case "Fn::Select":
		return t.selectFn(args(), loc, depth)
	case "Fn::Split":
		return t.split(args(), loc, depth)
	case "Fn::FindInMap":
		return t.findInMap(args(), loc, depth)
	case "Fn::Base64":
		v := t.eval(arg, depth)
		if s, ok := v.str(); ok {
			return scalarVal(base64.StdEncoding.EncodeToString([]byte(s)), loc).withRefs(v.refs)
		}
		return unknownVal(loc, v.allRefs()...)
	case "Fn::Cidr":
		return t.cidr(args(), loc, depth)
	case "Fn::GetAZs":
		return unknownVal(loc, t.eval(arg, depth).allRefs()...)
	case "Fn::ImportValue":
		v := t.eval(arg, depth)
		if name, ok := v.str(); ok {
			return unknownVal(loc, t.l.exports[name]...)
		}
		return unknownVal(loc, v.allRefs()...)
	case "Fn::If":
		return t.ifFn(args(), loc, depth)
	case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition":
		switch t.condExpr(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: arg.Line,
			Content: []*yaml.Node{{Kind: yaml.ScalarNode, Tag: "!!str", Value: fn, Line: arg.Line}, arg}}, depth) {
		case triTrue:
			return scalarVal(true, loc)
		case triFalse:
			return scalarVal(false, loc)
		}
		return unknownVal(loc)
	case "Fn::ToJsonString":
		v := t.eval(arg, depth)
		if v.hasUnknown() {
			return unknownVal(loc, v.allRefs()...)
		}
		b, err := json.Marshal(v.plain())
		if err != nil {
			return unknownVal(loc)
		}
		return scalarVal(string(b), loc).withRefs(v.allRefs())
	case "Fn::Length":
		v := t.eval(arg, depth)
		if v.kind == listKind {
			return scalarVal(int64(len(v.items)), loc).withRefs(v.allRefs())
		}
		return unknownVal(loc, v.allRefs()...)
	case "Fn::Transform":
		t.warn(loc.StartLine, "Fn::Transform is not run", "the value it would produce is treated as unknown")
		return unknownVal(loc)
	}
	t.warn(loc.StartLine, "unknown function "+fn, "its value is treated as unknown")
	return unknownVal(loc)
}

// ref is Ref: a parameter's value, a pseudo parameter, or a resource (unknown, and an edge).
func (t *template) ref(arg *yaml.Node, loc resource.Location, depth int) *val {
	name, ok := t.eval(arg, depth).str()
	if !ok {
		t.warn(loc.StartLine, "Ref needs the name of a parameter or resource", "its value is treated as unknown")
		return unknownVal(loc)
	}
	return t.refName(name, loc)
}

func (t *template) refName(name string, loc resource.Location) *val {
	if strings.HasPrefix(name, "AWS::") {
		if v, ok := t.pseudo(name, loc); ok {
			if v.loc.File != loc.File || v.loc.StartLine != loc.StartLine {
				return v.readFrom(loc)
			}
			return v
		}
	}
	if p, ok := t.params[name]; ok && !strings.HasPrefix(name, "AWS::") {
		if p.value == nil {
			return unknownVal(loc)
		}
		return p.value.readFrom(loc)
	}
	if k, ok := t.keys[name]; ok {
		return unknownVal(loc, k)
	}
	if !t.declaredButNotCreated(name) {
		t.warn(loc.StartLine, "Ref to "+name+", which is neither a parameter nor a resource of this template", "its value is treated as unknown")
	}
	return unknownVal(loc)
}

// declaredButNotCreated reports a resource whose condition is false: a reference to it is
// unknown but not an error.
func (t *template) declaredButNotCreated(id string) bool {
	n, _ := lookup(t.section("Resources"), id)
	return n != nil
}

// getAtt is Fn::GetAtt, as "Resource.Attribute" or [Resource, Attribute]: always unknown,
// with an edge to the resource.
func (t *template) getAtt(arg *yaml.Node, loc resource.Location, depth int) *val {
	var id string
	switch arg.Kind {
	case yaml.ScalarNode:
		id, _, _ = strings.Cut(arg.Value, ".")
	case yaml.SequenceNode:
		if len(arg.Content) > 0 {
			id, _ = t.eval(arg.Content[0], depth).str()
		}
	}
	return t.attribute(id, loc)
}

func (t *template) attribute(id string, loc resource.Location) *val {
	if k, ok := t.keys[id]; ok {
		return unknownVal(loc, k)
	}
	if id == "" || !t.declaredButNotCreated(id) {
		t.warn(loc.StartLine, "Fn::GetAtt of "+id+", which is not a resource of this template", "its value is treated as unknown")
	}
	return unknownVal(loc)
}

// sub is Fn::Sub: "text ${Name} ${Resource.Attribute} ${!Literal}", with optional variables.
func (t *template) sub(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) == 0 || len(args) > 2 {
		t.warn(loc.StartLine, "Fn::Sub takes a string and an optional map of variables", "its value is treated as unknown")
		return unknownVal(loc)
	}
	tmplVal := t.eval(args[0], depth)
	tmpl, ok := tmplVal.str()
	if !ok {
		return unknownVal(loc, tmplVal.allRefs()...)
	}
	vars := map[string]*val{}
	if len(args) == 2 {
		if m := t.eval(args[1], depth); m.kind == mapKind {
			vars = m.m
		}
	}
	var b strings.Builder
	var refs []string
	unknown := false
	for {
		i := strings.Index(tmpl, "${")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		rest := tmpl[i+2:]
		j := strings.IndexByte(rest, '}')
		if j < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		name := strings.TrimSpace(rest[:j])
		tmpl = rest[j+1:]
		if strings.HasPrefix(name, "!") {
			b.WriteString("${" + name[1:] + "}")
			continue
		}
		var v *val
		switch id, _, isAttr := strings.Cut(name, "."); {
		case vars[name] != nil:
			v = vars[name]
		case isAttr:
			v = t.attribute(id, loc)
		default:
			v = t.refName(name, loc)
		}
		refs = append(refs, v.allRefs()...)
		s, ok := v.str()
		if !ok {
			unknown = true
			continue
		}
		b.WriteString(s)
	}
	if unknown {
		return unknownVal(loc, refs...)
	}
	return scalarVal(b.String(), loc).withRefs(refs)
}

// join is Fn::Join [delimiter, [values]].
func (t *template) join(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) != 2 {
		t.warn(loc.StartLine, "Fn::Join takes a delimiter and a list", "its value is treated as unknown")
		return unknownVal(loc)
	}
	delim, list := t.eval(args[0], depth), t.eval(args[1], depth)
	refs := append(delim.allRefs(), list.allRefs()...)
	d, ok := delim.str()
	if !ok || list.kind != listKind {
		return unknownVal(loc, refs...)
	}
	parts := make([]string, 0, len(list.items))
	for _, e := range list.items {
		if e.kind == noValueKind {
			continue
		}
		s, ok := e.str()
		if !ok {
			return unknownVal(loc, refs...)
		}
		parts = append(parts, s)
	}
	return scalarVal(strings.Join(parts, d), loc).withRefs(refs)
}

// selectFn is Fn::Select [index, list]: the item keeps its own location.
func (t *template) selectFn(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) != 2 {
		t.warn(loc.StartLine, "Fn::Select takes an index and a list", "its value is treated as unknown")
		return unknownVal(loc)
	}
	idx, list := t.eval(args[0], depth), t.eval(args[1], depth)
	s, ok := idx.str()
	i, err := strconv.Atoi(s)
	if !ok || err != nil || list.kind != listKind {
		return unknownVal(loc, append(idx.allRefs(), list.allRefs()...)...)
	}
	if i < 0 || i >= len(list.items) {
		t.warn(loc.StartLine, "Fn::Select index "+s+" is out of range", "its value is treated as unknown")
		return unknownVal(loc, list.allRefs()...)
	}
	return list.items[i]
}

// split is Fn::Split [delimiter, string].
func (t *template) split(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) != 2 {
		t.warn(loc.StartLine, "Fn::Split takes a delimiter and a string", "its value is treated as unknown")
		return unknownVal(loc)
	}
	delim, src := t.eval(args[0], depth), t.eval(args[1], depth)
	d, ok1 := delim.str()
	s, ok2 := src.str()
	if !ok1 || !ok2 || d == "" {
		return unknownVal(loc, append(delim.allRefs(), src.allRefs()...)...)
	}
	parts := strings.Split(s, d)
	items := make([]*val, len(parts))
	for i, p := range parts {
		items[i] = scalarVal(p, loc)
	}
	return listVal(loc, items...).withRefs(src.allRefs())
}

// findInMap is Fn::FindInMap [MapName, TopKey, SecondKey] (with the DefaultValue option of
// AWS::LanguageExtensions): the value is located at its line in Mappings.
func (t *template) findInMap(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) < 3 {
		t.warn(loc.StartLine, "Fn::FindInMap takes a map name and two keys", "its value is treated as unknown")
		return unknownVal(loc)
	}
	var names [3]string
	var refs []string
	known := true
	for i := 0; i < 3; i++ {
		v := t.eval(args[i], depth)
		refs = append(refs, v.allRefs()...)
		s, ok := v.str()
		known = known && ok
		names[i] = s
	}
	var def *yaml.Node
	if len(args) > 3 {
		def, _ = lookup(args[3], "DefaultValue")
	}
	if !known {
		return unknownVal(loc, refs...)
	}
	top, _ := lookup(t.mappings, names[0])
	second, _ := lookup(top, names[1])
	value, keyNode := lookup(second, names[2])
	if value == nil {
		if def != nil {
			return t.eval(def, depth)
		}
		t.warn(loc.StartLine, "Fn::FindInMap finds no "+names[0]+"."+names[1]+"."+names[2]+" in Mappings", "its value is treated as unknown")
		return unknownVal(loc, refs...)
	}
	v := t.eval(value, depth).usedAt(t.file, keyNode.Line)
	return v.readFrom(loc).withRefs(refs)
}

// cidr is Fn::Cidr [ipBlock, count, cidrBits]: count blocks of cidrBits host bits.
func (t *template) cidr(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) != 3 {
		t.warn(loc.StartLine, "Fn::Cidr takes an address block, a count and a number of bits", "its value is treated as unknown")
		return unknownVal(loc)
	}
	var s [3]string
	var refs []string
	for i := range s {
		v := t.eval(args[i], depth)
		refs = append(refs, v.allRefs()...)
		var ok bool
		if s[i], ok = v.str(); !ok {
			return unknownVal(loc, refs...)
		}
	}
	_, block, err := net.ParseCIDR(s[0])
	count, err2 := strconv.Atoi(s[1])
	bits, err3 := strconv.Atoi(s[2])
	if err != nil || err2 != nil || err3 != nil || count < 1 || count > 256 {
		t.warn(loc.StartLine, "Fn::Cidr arguments are not an address block, a count (1-256) and a number of bits", "its value is treated as unknown")
		return unknownVal(loc, refs...)
	}
	ones, total := block.Mask.Size()
	newBits := total - bits - ones
	if bits < 0 || newBits < 0 || newBits > 30 || count > 1<<newBits {
		t.warn(loc.StartLine, "Fn::Cidr cannot make "+s[1]+" blocks of "+s[2]+" host bits in "+s[0], "its value is treated as unknown")
		return unknownVal(loc, refs...)
	}
	items := make([]*val, count)
	for i := range items {
		sub, err := cidr.Subnet(block, newBits, i)
		if err != nil {
			return unknownVal(loc, refs...)
		}
		items[i] = scalarVal(sub.String(), loc)
	}
	return listVal(loc, items...).withRefs(refs)
}

// ifFn is Fn::If [condition, then, else]. When the condition is not known the value is
// unknown, unless both branches are the same.
func (t *template) ifFn(args []*yaml.Node, loc resource.Location, depth int) *val {
	if len(args) != 3 || deref(args[0]) == nil || deref(args[0]).Kind != yaml.ScalarNode {
		t.warn(loc.StartLine, "Fn::If takes a condition name and two values", "its value is treated as unknown")
		return unknownVal(loc)
	}
	switch t.cond(deref(args[0]).Value, args[0].Line) {
	case triTrue:
		return t.eval(args[1], depth)
	case triFalse:
		return t.eval(args[2], depth)
	}
	a, b := t.eval(args[1], depth), t.eval(args[2], depth)
	if !a.hasUnknown() && !b.hasUnknown() && equal(a, b) {
		return a
	}
	return unknownVal(loc, append(a.allRefs(), b.allRefs()...)...)
}
