package cloudformation

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// tri is a condition's value: true, false, or not known before deployment.
type tri int8

const (
	triUnknown tri = iota
	triFalse
	triTrue
)

func triOf(b bool) tri {
	if b {
		return triTrue
	}
	return triFalse
}

// cond evaluates the named condition of the Conditions section once. line is where it was
// named, for the warning when it does not exist.
func (t *template) cond(name string, line int) tri {
	if v, ok := t.condState[name]; ok {
		return v
	}
	n, ok := t.conditions[name]
	if !ok {
		t.warn(line, "condition "+name+" is not declared in Conditions", "it is treated as unknown")
		return triUnknown
	}
	if t.condBusy[name] {
		t.warn(n.Line, "condition "+name+" depends on itself", "it is treated as unknown")
		return triUnknown
	}
	t.condBusy[name] = true
	v := t.condExpr(n, 0)
	delete(t.condBusy, name)
	t.condState[name] = v
	return v
}

// condExpr evaluates a condition function: Fn::Equals, Fn::And, Fn::Or, Fn::Not and
// Condition, in their long or short forms.
func (t *template) condExpr(n *yaml.Node, depth int) tri {
	n = deref(n)
	if n == nil || depth > maxDepth {
		return triUnknown
	}
	fn, arg, ok := intrinsic(n)
	if !ok {
		if n.Kind == yaml.MappingNode && len(n.Content) == 2 && n.Content[0].Value == "Condition" {
			fn, arg, ok = "Condition", deref(n.Content[1]), true
		}
	}
	if !ok {
		if b, isBool := boolScalar(n); isBool {
			return triOf(b)
		}
		t.warn(n.Line, "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition", "it is treated as unknown")
		return triUnknown
	}
	args := []*yaml.Node{arg}
	if arg != nil && arg.Kind == yaml.SequenceNode {
		args = arg.Content
	}
	switch fn {
	case "Condition":
		if arg == nil || arg.Kind != yaml.ScalarNode {
			return triUnknown
		}
		return t.cond(arg.Value, arg.Line)
	case "Fn::Equals":
		if len(args) != 2 {
			t.warn(n.Line, "Fn::Equals takes two values", "it is treated as unknown")
			return triUnknown
		}
		a, b := t.eval(args[0], depth+1), t.eval(args[1], depth+1)
		if a.hasUnknown() || b.hasUnknown() {
			return triUnknown
		}
		return triOf(equal(a, b))
	case "Fn::Not":
		if len(args) != 1 {
			t.warn(n.Line, "Fn::Not takes one condition", "it is treated as unknown")
			return triUnknown
		}
		switch t.condExpr(args[0], depth+1) {
		case triTrue:
			return triFalse
		case triFalse:
			return triTrue
		}
		return triUnknown
	case "Fn::And", "Fn::Or":
		decisive, other := triFalse, triTrue
		if fn == "Fn::Or" {
			decisive, other = triTrue, triFalse
		}
		result := other
		for _, a := range args {
			switch t.condExpr(a, depth+1) {
			case decisive:
				return decisive
			case triUnknown:
				result = triUnknown
			}
		}
		return result
	}
	v := t.eval(n, depth+1)
	if s, ok := v.str(); ok && (strings.EqualFold(s, "true") || strings.EqualFold(s, "false")) {
		return triOf(strings.EqualFold(s, "true"))
	}
	return triUnknown
}

func boolScalar(n *yaml.Node) (bool, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		return false, false
	}
	return strings.EqualFold(n.Value, "true"), true
}
