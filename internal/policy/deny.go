package policy

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/resource"
)

// denial is one element of a rule's deny set.
type denial struct {
	msg  string
	path resource.Path
}

var (
	msgKey  = ast.StringTerm("msg")
	pathKey = ast.StringTerm("path")
)

// decodeDeny reads a deny set. Elements are a plain message string, or an object with a
// string "msg" and an optional "path" of strings and non-negative integers.
func decodeDeny(t *ast.Term) ([]denial, error) {
	set, ok := t.Value.(ast.Set)
	if !ok {
		return nil, fmt.Errorf("deny is %v, want a set", ast.ValueName(t.Value))
	}
	out := make([]denial, 0, set.Len())
	var err error
	set.Until(func(e *ast.Term) bool {
		var d denial
		d, err = decodeDenial(e)
		out = append(out, d)
		return err != nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func decodeDenial(e *ast.Term) (denial, error) {
	switch v := e.Value.(type) {
	case ast.String:
		return denial{msg: string(v), path: resource.Path{}}, nil
	case ast.Object:
		m := v.Get(msgKey)
		if m == nil {
			return denial{}, fmt.Errorf("deny element %v: want a string \"msg\"", e)
		}
		msg, ok := m.Value.(ast.String)
		if !ok {
			return denial{}, fmt.Errorf("deny element %v: want a string \"msg\"", e)
		}
		path, err := decodePath(v.Get(pathKey))
		if err != nil {
			return denial{}, fmt.Errorf("deny element %v: %w", e, err)
		}
		return denial{msg: string(msg), path: path}, nil
	}
	return denial{}, fmt.Errorf("deny element %v: want a string or an object {\"msg\", \"path\"}", e)
}

func decodePath(t *ast.Term) (resource.Path, error) {
	if t == nil {
		return resource.Path{}, nil
	}
	arr, ok := t.Value.(*ast.Array)
	if !ok {
		return nil, fmt.Errorf("\"path\" must be an array of keys and indexes")
	}
	p := make(resource.Path, 0, arr.Len())
	for i := range arr.Len() {
		switch s := arr.Elem(i).Value.(type) {
		case ast.String:
			p = append(p, string(s))
		case ast.Number:
			n, ok := s.Int()
			if !ok || n < 0 {
				return nil, fmt.Errorf("\"path\" index %v is not a non-negative integer", s)
			}
			p = append(p, n)
		default:
			return nil, fmt.Errorf("\"path\" element %v is neither a key nor an index", arr.Elem(i))
		}
	}
	return p, nil
}
