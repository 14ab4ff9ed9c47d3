package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/resource"
)

// anySegment stands in a read path for a part chosen at evaluation time: an iteration
// (input.attributes.ingress[_]) or a key held in a variable. It matches every key and index.
type anySegment struct{}

// inputReads lists the input paths a compiled rule reads, following values through the
// variables they are bound to: in
//
//	some r in input.attributes.ingress   (compiled: r = input.attributes.ingress[i])
//	r.cidr_blocks[_] == "0.0.0.0/0"
//
// the rule reads attributes.ingress.*.cidr_blocks.*, not all of attributes.ingress, so an
// unknown description on a rule does not make the check undecided. A bound variable used any
// other way (passed to a function, compared whole, put in a result) reads everything under
// its path, since what happens to it there is not followed.
func inputReads(r *ast.Rule) []resource.Path {
	bound, binders := bindings(r)
	var reads []resource.Path
	used := map[ast.Var]bool{}
	var term func(t *ast.Term)
	term = func(t *ast.Term) {
		switch v := t.Value.(type) {
		case ast.Ref:
			if p, ok := resolve(t, bound); ok {
				reads = append(reads, p)
				if head, isVar := v[0].Value.(ast.Var); isVar {
					used[head] = true
				}
			} else if head, isVar := v[0].Value.(ast.Var); isVar {
				used[head] = true
			}
			for _, e := range v[1:] {
				term(e)
			}
		case ast.Var:
			if p, ok := bound[v]; ok {
				reads = append(reads, p)
				used[v] = true
			}
		default:
			ast.WalkTerms(t, func(inner *ast.Term) bool {
				if inner == t {
					return false
				}
				term(inner)
				return true
			})
		}
	}
	ast.WalkExprs(r, func(e *ast.Expr) bool {
		if _, isBinder := binders[e]; isBinder {
			return false
		}
		switch ts := e.Terms.(type) {
		case *ast.Term:
			term(ts)
		case []*ast.Term:
			for _, t := range ts {
				term(t)
			}
		default:
			// every (and any other expression form): its domain is read whole, which is
			// more than it needs but never less.
			ast.WalkTerms(ts, func(t *ast.Term) bool {
				term(t)
				return true
			})
		}
		for _, w := range e.With {
			term(w.Value)
		}
		return false
	})
	walkHead(r.Head, term)
	// A binding whose variable is never used still reads what it iterates.
	for _, v := range binders {
		if !used[v] {
			reads = append(reads, bound[v])
		}
	}
	return reads
}

func walkHead(h *ast.Head, term func(*ast.Term)) {
	if h == nil {
		return
	}
	for _, t := range []*ast.Term{h.Key, h.Value} {
		if t != nil {
			term(t)
		}
	}
	for _, a := range h.Args {
		term(a)
	}
}

// bindings finds the variables bound to input paths by unification (x = input.a[_],
// y = x.b) and the expressions that bind them, to a fixed point.
func bindings(r *ast.Rule) (map[ast.Var]resource.Path, map[*ast.Expr]ast.Var) {
	bound := map[ast.Var]resource.Path{}
	binders := map[*ast.Expr]ast.Var{}
	for changed := true; changed; {
		changed = false
		ast.WalkExprs(r, func(e *ast.Expr) bool {
			if !e.IsEquality() && !e.IsAssignment() {
				return false
			}
			ts := e.Terms.([]*ast.Term)
			for _, pair := range [][2]*ast.Term{{ts[1], ts[2]}, {ts[2], ts[1]}} {
				v, isVar := pair[0].Value.(ast.Var)
				if !isVar {
					continue
				}
				if _, done := bound[v]; done {
					continue
				}
				if p, ok := resolve(pair[1], bound); ok {
					bound[v], binders[e], changed = p, v, true
				}
			}
			return false
		})
	}
	return bound, binders
}

// resolve gives the input path a term denotes: a reference rooted at input or at a bound
// variable, or a bound variable itself. Parts chosen at evaluation time are anySegment.
func resolve(t *ast.Term, bound map[ast.Var]resource.Path) (resource.Path, bool) {
	switch v := t.Value.(type) {
	case ast.Var:
		p, ok := bound[v]
		return p, ok
	case ast.Ref:
		var base resource.Path
		switch {
		case v.HasPrefix(ast.InputRootRef):
			base = resource.Path{}
		default:
			head, isVar := v[0].Value.(ast.Var)
			p, ok := bound[head]
			if !isVar || !ok {
				return nil, false
			}
			base = append(resource.Path{}, p...)
		}
		for _, seg := range v[1:] {
			base = append(base, segment(seg))
		}
		return base, true
	}
	return nil, false
}

func segment(t *ast.Term) any {
	switch v := t.Value.(type) {
	case ast.String:
		return string(v)
	case ast.Number:
		if i, ok := v.Int(); ok && i >= 0 {
			return i
		}
	}
	return anySegment{}
}

// overlapsWithAny is Path.Overlaps where anySegment in read matches any segment of u.
func overlapsWithAny(read, u resource.Path) bool {
	n := min(len(read), len(u))
	for i := 0; i < n; i++ {
		if _, any := read[i].(anySegment); any {
			continue
		}
		if !sameSegment(read[i], u[i]) {
			return false
		}
	}
	return true
}

func sameSegment(a, b any) bool {
	if a == b {
		return true
	}
	return resource.Path{a}.String() == resource.Path{b}.String()
}
