package policy

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
)

// prepare builds one query per resource type that some rule names, one for the types no
// rule names (wildcard rules only), and one per rule to isolate run-time errors. Queries
// are prepared here, once, because preparing touches the shared compiler.
func (e *Engine) prepare(ctx context.Context, c *ast.Compiler, store storage.Store) error {
	var wildcard []*rule
	typed := map[string][]*rule{}
	var graph []*rule
	for _, r := range e.rules {
		if r.graph {
			graph = append(graph, r)
			continue
		}
		if isWildcard(r.meta.Types) {
			wildcard = append(wildcard, r)
			continue
		}
		for _, t := range r.meta.Types {
			typed[t] = append(typed[t], r)
		}
	}
	e.byType = make(map[string]*typeQuery, len(typed))
	for _, t := range sortedKeys(typed) {
		tq, err := newTypeQuery(ctx, c, store, mergeByID(typed[t], wildcard))
		if err != nil {
			return fmt.Errorf("prepare query for type %s: %w", t, err)
		}
		e.byType[t] = tq
	}
	if len(wildcard) > 0 {
		tq, err := newTypeQuery(ctx, c, store, wildcard)
		if err != nil {
			return fmt.Errorf("prepare query for all types: %w", err)
		}
		e.anyType = tq
	}
	if len(graph) > 0 {
		tq, err := newTypeQuery(ctx, c, store, graph)
		if err != nil {
			return fmt.Errorf("prepare query for graph rules: %w", err)
		}
		e.graphQuery = tq
	}
	for _, r := range e.rules {
		q, err := prepareDeny(ctx, c, store, []*rule{r})
		if err != nil {
			return fmt.Errorf("prepare query for rule %s: %w", r.meta.ID, err)
		}
		r.alone = q
	}
	return nil
}

func isWildcard(types []string) bool {
	for _, t := range types {
		if t == wildcardType {
			return true
		}
	}
	return false
}

// mergeByID merges two id-sorted rule lists into one, without duplicates.
func mergeByID(a, b []*rule) []*rule {
	out := make([]*rule, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i].meta.ID < b[j].meta.ID):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].meta.ID < a[i].meta.ID:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

func newTypeQuery(ctx context.Context, c *ast.Compiler, store storage.Store, rules []*rule) (*typeQuery, error) {
	q, err := prepareDeny(ctx, c, store, rules)
	if err != nil {
		return nil, err
	}
	return &typeQuery{rules: rules, query: q}, nil
}

// prepareDeny prepares the query [data.<pkg1>.deny, data.<pkg2>.deny, ...]: one evaluation
// returns every rule's deny set, and only those rules' documents are evaluated.
func prepareDeny(ctx context.Context, c *ast.Compiler, store storage.Store, rules []*rule) (rego.PreparedEvalQuery, error) {
	terms := make([]*ast.Term, len(rules))
	for i, r := range rules {
		terms[i] = ast.RefTerm(r.pkg.path.Append(ast.StringTerm("deny"))...)
	}
	body := ast.NewBody(ast.NewExpr(ast.ArrayTerm(terms...)))
	return rego.New(rego.ParsedQuery(body), rego.Compiler(c), rego.Store(store)).PrepareForEval(ctx)
}
