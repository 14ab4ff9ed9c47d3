package policy

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// GraphInput is what graph rules read, as input:
//
//	{"resources":    {ID: {"key", "type", "origin", "root", "declared", "attributes"}},
//	 "edges":        [{"from", "to", "kind", "label", "via": [ID]}],
//	 "out":          {ID: [the edges from ID]},
//	 "entry_points": {ID: reason},
//	 "crown_jewels": {ID: reason}}
//
// The package graph builds it; policy does not import graph, so the scan copies one into
// the other.
type GraphInput struct {
	Nodes       []GraphNode
	Edges       []GraphEdge
	EntryPoints map[string]string
	CrownJewels map[string]string
}

// GraphNode is a resource of the graph; Resource is nil for one that a reference names but
// the scan did not read ("declared": false).
type GraphNode struct {
	ID, Key, Type, Root string
	Resource            *resource.Resource
}

// GraphEdge is an edge of the graph, between node IDs ("internet" for entry edges).
type GraphEdge struct {
	From, To, Kind, Label string
	Via                   []string
}

// HasGraphRules reports whether EvaluateGraph has anything to run, so that a caller can
// skip building its input.
func (e *Engine) HasGraphRules() bool { return e.graphQuery != nil }

var (
	resourceKey = ast.StringTerm("resource")
)

// EvaluateGraph runs the graph rules once over in. Each element of a graph rule's deny set
// names the resource it is reported on by ID: {"msg", "resource", "path"}; a finding whose
// (non-empty) path overlaps an unknown value of that resource is dropped and the check
// recorded as skipped. A graph rule reads many resources, so the engine cannot tell which
// unknown values it depended on: as in any rule, an unknown value is an object
// ({"__plumb_unknown__": true}) that equals no literal, and a rule must not conclude from
// the absence of a value it cannot see. A rule that fails at run time is reported as a
// skipped check with its error, and the other graph rules still run.
func (e *Engine) EvaluateGraph(ctx context.Context, in GraphInput) ([]*finding.Finding, []finding.Skip, error) {
	if e.graphQuery == nil {
		return nil, nil, nil
	}
	input, byID, err := graphValue(in)
	if err != nil {
		return nil, []finding.Skip{{RuleID: e.graphQuery.rules[0].meta.ID, ResourceKey: "(graph)", Error: err.Error()}}, nil
	}
	tq := e.graphQuery
	sets, err := evalDeny(ctx, tq.query, input, len(tq.rules))
	if err != nil && ctx.Err() != nil {
		return nil, nil, fmt.Errorf("evaluate graph rules: %w", ctx.Err())
	}
	var out outcome
	for i, r := range tq.rules {
		set := (*ast.Term)(nil)
		if err == nil {
			set = sets[i]
		} else {
			alone, aerr := evalDeny(ctx, r.alone, input, 1)
			if aerr != nil {
				out.skipped = append(out.skipped, finding.Skip{RuleID: r.meta.ID, ResourceKey: "(graph)", Error: aerr.Error()})
				continue
			}
			set = alone[0]
		}
		out.judgeGraph(r, set, byID)
	}
	sortFindings(out.findings)
	return out.findings, out.skipped, nil
}

// judgeGraph turns a graph rule's deny set into findings on the resources it names.
func (o *outcome) judgeGraph(r *rule, deny *ast.Term, byID map[string]*resource.Resource) {
	set, ok := deny.Value.(ast.Set)
	if !ok {
		o.skipped = append(o.skipped, finding.Skip{RuleID: r.meta.ID, ResourceKey: "(graph)", Error: "deny is not a set"})
		return
	}
	set.Foreach(func(t *ast.Term) {
		obj, ok := t.Value.(ast.Object)
		var id ast.String
		if ok {
			if v := obj.Get(resourceKey); v != nil {
				id, ok = v.Value.(ast.String)
			} else {
				ok = false
			}
		}
		if !ok {
			o.skipped = append(o.skipped, finding.Skip{RuleID: r.meta.ID, ResourceKey: "(graph)",
				Error: fmt.Sprintf("graph rule %s: deny element %v: want an object {\"msg\", \"resource\", \"path\"}", r.meta.ID, t)})
			return
		}
		d, err := decodeDenial(t)
		res := byID[string(id)]
		switch {
		case err != nil:
			o.skipped = append(o.skipped, finding.Skip{RuleID: r.meta.ID, ResourceKey: string(id), Error: fmt.Sprintf("rule %s: %v", r.meta.ID, err)})
		case res == nil:
			o.skipped = append(o.skipped, finding.Skip{RuleID: r.meta.ID, ResourceKey: string(id),
				Error: fmt.Sprintf("graph rule %s reports on %q, which is no resource the scan read", r.meta.ID, string(id))})
		case len(d.path) > 0 && overlapsAny(d.path, res.Unknowns):
			o.skipped = append(o.skipped, finding.Skip{RuleID: r.meta.ID, ResourceKey: res.Key, Paths: res.Unknowns, Location: res.LocationOf(d.path)})
		default:
			o.findings = append(o.findings, newFinding(r, res, d))
		}
	})
}

// graphValue builds the graph rules' input as an AST value, and the resources by node ID.
func graphValue(in GraphInput) (ast.Value, map[string]*resource.Resource, error) {
	c := newConverter()
	byID := make(map[string]*resource.Resource, len(in.Nodes))
	nodes := ast.NewObjectWithCapacity(len(in.Nodes))
	for _, n := range in.Nodes {
		attrs := ast.NewTerm(ast.NewObject())
		if n.Resource != nil {
			var err error
			if attrs, err = c.toTerm(n.Resource.Attributes, 0); err != nil {
				return nil, nil, fmt.Errorf("resource %s: attribute %w", n.Key, err)
			}
			byID[n.ID] = n.Resource
		}
		origin := ""
		if n.Resource != nil {
			origin = string(n.Resource.Origin)
		}
		nodes.Insert(ast.StringTerm(n.ID), ast.ObjectTerm(
			[2]*ast.Term{keyTerm, ast.StringTerm(n.Key)},
			[2]*ast.Term{typeTerm, c.key(n.Type)},
			[2]*ast.Term{originTerm, c.key(origin)},
			[2]*ast.Term{ast.StringTerm("root"), ast.StringTerm(n.Root)},
			[2]*ast.Term{ast.StringTerm("declared"), ast.BooleanTerm(n.Resource != nil)},
			[2]*ast.Term{attributesTerm, attrs},
		))
	}
	edges := make([]*ast.Term, len(in.Edges))
	bySource := map[string][]*ast.Term{}
	var sources []string
	for i, e := range in.Edges {
		via := make([]*ast.Term, len(e.Via))
		for j, v := range e.Via {
			via[j] = ast.StringTerm(v)
		}
		edges[i] = ast.ObjectTerm(
			[2]*ast.Term{ast.StringTerm("from"), ast.StringTerm(e.From)},
			[2]*ast.Term{ast.StringTerm("to"), ast.StringTerm(e.To)},
			[2]*ast.Term{ast.StringTerm("kind"), c.key(e.Kind)},
			[2]*ast.Term{ast.StringTerm("label"), ast.StringTerm(e.Label)},
			[2]*ast.Term{ast.StringTerm("via"), ast.ArrayTerm(via...)},
		)
		if _, ok := bySource[e.From]; !ok {
			sources = append(sources, e.From)
		}
		bySource[e.From] = append(bySource[e.From], edges[i])
	}
	// Rules walk edges from a node; scanning the edge list for each would cost edges² on a
	// large repository.
	out := ast.NewObjectWithCapacity(len(sources))
	for _, from := range sources {
		out.Insert(ast.StringTerm(from), ast.ArrayTerm(bySource[from]...))
	}
	reasons := func(m map[string]string) *ast.Term {
		obj := ast.NewObjectWithCapacity(len(m))
		for id, why := range m {
			obj.Insert(ast.StringTerm(id), ast.StringTerm(why))
		}
		return ast.NewTerm(obj)
	}
	return ast.NewObject(
		[2]*ast.Term{ast.StringTerm("resources"), ast.NewTerm(nodes)},
		[2]*ast.Term{ast.StringTerm("edges"), ast.ArrayTerm(edges...)},
		[2]*ast.Term{ast.StringTerm("out"), ast.NewTerm(out)},
		[2]*ast.Term{ast.StringTerm("entry_points"), reasons(in.EntryPoints)},
		[2]*ast.Term{ast.StringTerm("crown_jewels"), reasons(in.CrownJewels)},
	), byID, nil
}
