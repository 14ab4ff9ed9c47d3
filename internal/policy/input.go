package policy

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/resource"
)

// maxDepth bounds attribute nesting so a cyclic map fails instead of overflowing the stack.
const maxDepth = 512

// inputValue builds a rule's input for res, {"key", "type", "origin", "attributes"},
// directly as an AST value: no JSON encoding and parsing on the hot path.
func inputValue(res *resource.Resource) (ast.Value, error) {
	attrs, err := toTerm(res.Attributes, 0)
	if err != nil {
		return nil, fmt.Errorf("resource %s: attribute %w", res.Key, err)
	}
	return ast.NewObject(
		[2]*ast.Term{ast.StringTerm("key"), ast.StringTerm(res.Key)},
		[2]*ast.Term{ast.StringTerm("type"), ast.StringTerm(res.Type)},
		[2]*ast.Term{ast.StringTerm("origin"), ast.StringTerm(string(res.Origin))},
		[2]*ast.Term{ast.StringTerm("attributes"), attrs},
	), nil
}

// valueError says which attribute held a value that has no Rego form.
type valueError struct {
	path resource.Path
	msg  string
}

func (e *valueError) Error() string {
	if len(e.path) == 0 {
		return e.msg
	}
	return e.path.String() + ": " + e.msg
}

// under prepends seg to the path of a valueError coming up from a child.
func under(seg any, err error) error {
	if ve, ok := err.(*valueError); ok {
		ve.path = append(resource.Path{seg}, ve.path...)
	}
	return err
}

// toTerm converts an attribute value. Besides the types the canonical model uses
// (map[string]any, []any, string, int, int64, float64, bool, nil and resource.Unknown) it
// accepts the other Go integer and float types, json.Number, []string and
// map[string]string, which adapters may reasonably produce.
func toTerm(v any, depth int) (*ast.Term, error) {
	if depth > maxDepth {
		return nil, &valueError{msg: fmt.Sprintf("nested deeper than %d levels", maxDepth)}
	}
	switch x := v.(type) {
	case nil:
		return ast.NullTerm(), nil
	case bool:
		return ast.BooleanTerm(x), nil
	case string:
		return ast.StringTerm(x), nil
	case map[string]any:
		return objectTerm(x, depth)
	case []any:
		return arrayTerm(x, depth)
	case resource.Unknown:
		return unknownTerm(), nil
	case []string:
		terms := make([]*ast.Term, len(x))
		for i, s := range x {
			terms[i] = ast.StringTerm(s)
		}
		return ast.ArrayTerm(terms...), nil
	case map[string]string:
		obj := ast.NewObjectWithCapacity(len(x))
		for k, s := range x {
			obj.Insert(ast.StringTerm(k), ast.StringTerm(s))
		}
		return ast.NewTerm(obj), nil
	}
	return numberTerm(v)
}

func objectTerm(m map[string]any, depth int) (*ast.Term, error) {
	obj := ast.NewObjectWithCapacity(len(m))
	for k, e := range m {
		t, err := toTerm(e, depth+1)
		if err != nil {
			return nil, under(k, err)
		}
		obj.Insert(ast.StringTerm(k), t)
	}
	return ast.NewTerm(obj), nil
}

func arrayTerm(list []any, depth int) (*ast.Term, error) {
	terms := make([]*ast.Term, len(list))
	for i, e := range list {
		t, err := toTerm(e, depth+1)
		if err != nil {
			return nil, under(i, err)
		}
		terms[i] = t
	}
	return ast.ArrayTerm(terms...), nil
}

// unknownTerm is the object policies see for resource.Unknown. A fresh term each time:
// terms end up inside values that evaluations on other goroutines read.
func unknownTerm() *ast.Term {
	return ast.ObjectTerm([2]*ast.Term{ast.StringTerm(resource.UnknownMarker), ast.BooleanTerm(true)})
}

func numberTerm(v any) (*ast.Term, error) {
	switch x := v.(type) {
	case int:
		return ast.IntNumberTerm(x), nil
	case int64:
		return ast.NumberTerm(json.Number(strconv.FormatInt(x, 10))), nil
	case int32:
		return ast.IntNumberTerm(int(x)), nil
	case int16:
		return ast.IntNumberTerm(int(x)), nil
	case int8:
		return ast.IntNumberTerm(int(x)), nil
	case uint:
		return ast.NumberTerm(json.Number(strconv.FormatUint(uint64(x), 10))), nil
	case uint64:
		return ast.NumberTerm(json.Number(strconv.FormatUint(x, 10))), nil
	case uint32:
		return ast.IntNumberTerm(int(x)), nil
	case uint16:
		return ast.IntNumberTerm(int(x)), nil
	case uint8:
		return ast.IntNumberTerm(int(x)), nil
	case float64:
		return floatTerm(x)
	case float32:
		return floatTerm(float64(x))
	case json.Number:
		if _, err := strconv.ParseFloat(string(x), 64); err != nil || !json.Valid([]byte(x)) {
			return nil, &valueError{msg: fmt.Sprintf("invalid number %q", string(x))}
		}
		return ast.NumberTerm(x), nil
	}
	return nil, &valueError{msg: fmt.Sprintf("unsupported value of type %T", v)}
}

func floatTerm(f float64) (*ast.Term, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, &valueError{msg: fmt.Sprintf("%v is not a number Rego can hold", f)}
	}
	return ast.FloatNumberTerm(f), nil
}
