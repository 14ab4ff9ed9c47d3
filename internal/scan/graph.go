package scan

import (
	"context"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/graph"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
)

// breachPaths builds the resource graph, runs the graph rules on it and ranks every finding
// by it: those on a path from the internet to a crown jewel get the path and a raised
// severity.
func breachPaths(ctx context.Context, eng *policy.Engine, rs []*resource.Resource, fs []*finding.Finding, skipped []finding.Skip) ([]*finding.Finding, []finding.Skip, error) {
	return startGraph(ctx, eng, rs)(fs, skipped)
}

// startGraph builds the graph and runs the graph rules in the background — neither needs
// the per-resource findings, so they overlap with evaluating the per-resource rules — and
// returns the function that waits for them, adds the graph rules' findings and ranks.
func startGraph(ctx context.Context, eng *policy.Engine, rs []*resource.Resource) func([]*finding.Finding, []finding.Skip) ([]*finding.Finding, []finding.Skip, error) {
	var (
		g    *graph.Graph
		gf   []*finding.Finding
		gs   []finding.Skip
		err  error
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		g = graph.Build(rs)
		if eng.HasGraphRules() {
			gf, gs, err = eng.EvaluateGraph(ctx, graphInput(g))
		}
	}()
	return func(fs []*finding.Finding, skipped []finding.Skip) ([]*finding.Finding, []finding.Skip, error) {
		<-done
		if err != nil {
			return nil, nil, err
		}
		fs, skipped = append(fs, gf...), append(skipped, gs...)
		g.Rank(fs)
		return fs, skipped, nil
	}
}

// graphInput copies the graph into the shape graph rules read.
func graphInput(g *graph.Graph) policy.GraphInput {
	in := policy.GraphInput{EntryPoints: g.EntryPoints, CrownJewels: g.CrownJewels}
	for _, n := range g.Nodes() {
		in.Nodes = append(in.Nodes, policy.GraphNode{ID: n.ID, Key: n.Key, Type: n.Type, Root: n.Root, Resource: n.Resource})
	}
	in.Edges = make([]policy.GraphEdge, len(g.Edges))
	for i, e := range g.Edges {
		in.Edges[i] = policy.GraphEdge{From: e.From, To: e.To, Kind: string(e.Kind), Label: e.Label, Via: e.Via}
	}
	return in
}
