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

// The top-level input keys, shared by every input: AST terms are never modified once built.
var (
	keyTerm        = ast.StringTerm("key")
	typeTerm       = ast.StringTerm("type")
	originTerm     = ast.StringTerm("origin")
	attributesTerm = ast.StringTerm("attributes")
)

// maxCachedKeys bounds a converter's key cache; attribute names are a small vocabulary, map
// keys written by users (tags) are not.
const maxCachedKeys = 4096

// converter builds AST values from attribute trees. It reuses the term of each object key
// it has seen, since the same attribute names recur on every resource; string terms are
// the bulk of the allocations otherwise. A converter is not safe for concurrent use: each
// evaluation goroutine has its own.
type converter struct {
	keys map[string]*ast.Term
}

func newConverter() *converter { return &converter{keys: map[string]*ast.Term{}} }

// inputValue builds a rule's input for res, {"key", "type", "origin", "attributes"},
// directly as an AST value: no JSON encoding and parsing on the hot path.
func (c *converter) inputValue(res *resource.Resource) (ast.Value, error) {
	attrs, err := c.toTerm(res.Attributes, 0)
	if err != nil {
		return nil, fmt.Errorf("resource %s: attribute %w", res.Key, err)
	}
	return ast.NewObject(
		[2]*ast.Term{keyTerm, ast.StringTerm(res.Key)},
		[2]*ast.Term{typeTerm, c.key(res.Type)},
		[2]*ast.Term{originTerm, c.key(string(res.Origin))},
		[2]*ast.Term{attributesTerm, attrs},
	), nil
}

func (c *converter) key(k string) *ast.Term {
	if t, ok := c.keys[k]; ok {
		return t
	}
	t := ast.StringTerm(k)
	if len(c.keys) < maxCachedKeys {
		c.keys[k] = t
	}
	return t
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
func (c *converter) toTerm(v any, depth int) (*ast.Term, error) {
	if depth > maxDepth {
		return nil, &valueError{msg: fmt.Sprintf("nested deeper than %d levels", maxDepth)}
	}
	switch x := v.(type) {
	case nil:
		return ast.InternedNullTerm, nil
	case bool:
		return ast.InternedTerm(x), nil
	case string:
		return ast.InternedTerm(x), nil
	case map[string]any:
		return c.objectTerm(x, depth)
	case []any:
		return c.arrayTerm(x, depth)
	case resource.Unknown:
		return unknownTerm(), nil
	case []string:
		terms := make([]*ast.Term, len(x))
		for i, s := range x {
			terms[i] = ast.InternedTerm(s)
		}
		return ast.ArrayTerm(terms...), nil
	case map[string]string:
		obj := ast.NewObjectWithCapacity(len(x))
		for k, s := range x {
			obj.Insert(c.key(k), ast.InternedTerm(s))
		}
		return ast.NewTerm(obj), nil
	}
	return numberTerm(v)
}

func (c *converter) objectTerm(m map[string]any, depth int) (*ast.Term, error) {
	obj := ast.NewObjectWithCapacity(len(m))
	for k, e := range m {
		t, err := c.toTerm(e, depth+1)
		if err != nil {
			return nil, under(k, err)
		}
		obj.Insert(c.key(k), t)
	}
	return ast.NewTerm(obj), nil
}

func (c *converter) arrayTerm(list []any, depth int) (*ast.Term, error) {
	terms := make([]*ast.Term, len(list))
	for i, e := range list {
		t, err := c.toTerm(e, depth+1)
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
		return ast.InternedTerm(x), nil
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
