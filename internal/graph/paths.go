package graph

import (
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// reach holds the two searches breach paths are made of: the shortest way from the internet
// to each node, and from each node to the nearest crown jewel.
type reach struct {
	g    *Graph
	from map[string]int // node → the edge by which the internet reaches it first
	to   map[string]int // node → the first edge of its shortest way to a crown jewel; -1 for a jewel
	via  map[string][]int
}

func (g *Graph) reach() *reach {
	r := &reach{g: g, from: map[string]int{}, to: map[string]int{}, via: map[string][]int{}}
	queue := []string{Internet}
	seen := map[string]bool{Internet: true}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, i := range g.out[id] {
			e := g.Edges[i]
			if e.Kind.traversable() && !seen[e.To] {
				seen[e.To] = true
				r.from[e.To] = i
				queue = append(queue, e.To)
			}
		}
	}
	queue = queue[:0]
	for _, id := range sortedIDs(g.CrownJewels) {
		r.to[id] = -1
		queue = append(queue, id)
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, i := range g.in[id] {
			e := g.Edges[i]
			if _, done := r.to[e.From]; e.Kind.traversable() && !done && e.From != Internet {
				r.to[e.From] = i
				queue = append(queue, e.From)
			}
		}
	}
	for i, e := range g.Edges {
		for _, v := range e.Via {
			r.via[v] = append(r.via[v], i)
		}
	}
	return r
}

// path returns the shortest breach path through node id (as a node, or as a resource one of
// its edges passes through), nil when there is none.
func (r *reach) path(id string) []Edge {
	var best []Edge
	if _, in := r.from[id]; in {
		if _, out := r.to[id]; out {
			best = append(r.into(id), r.onward(id)...)
		}
	}
	for _, i := range r.via[id] {
		e := r.g.Edges[i]
		_, in := r.from[e.From]
		_, out := r.to[e.To]
		if (in || e.From == Internet) && out {
			p := append(append(r.into(e.From), e), r.onward(e.To)...)
			if best == nil || len(p) < len(best) {
				best = p
			}
		}
	}
	return best
}

// into is the shortest edge chain from the internet to id.
func (r *reach) into(id string) []Edge {
	var rev []Edge
	for id != Internet {
		i, ok := r.from[id]
		if !ok || len(rev) > len(r.from) {
			return nil
		}
		rev = append(rev, r.g.Edges[i])
		id = r.g.Edges[i].From
	}
	out := make([]Edge, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}

// onward is the shortest edge chain from id to a crown jewel.
func (r *reach) onward(id string) []Edge {
	var out []Edge
	for {
		i, ok := r.to[id]
		if !ok || i < 0 || len(out) > len(r.to) {
			return out
		}
		out = append(out, r.g.Edges[i])
		id = r.g.Edges[i].To
	}
}

// Rank marks each finding whose resource lies on a breach path: its severity is raised one
// level and the path recorded (finding.Breach). Suppressed and waived findings are marked
// too, so that a report shows what a waiver is hiding.
func (g *Graph) Rank(fs []*finding.Finding) {
	if len(g.EntryPoints) == 0 || len(g.CrownJewels) == 0 {
		return
	}
	r := g.reach()
	cache := map[string][]Edge{}
	for _, f := range fs {
		if f == nil || f.Rule == nil {
			continue
		}
		id := ID(f.ResourceRoot, f.ResourceKey)
		p, ok := cache[id]
		if !ok {
			p = r.path(id)
			cache[id] = p
		}
		if len(p) == 0 {
			continue
		}
		f.Breach = &finding.Breach{Severity: finding.Raise(f.Rule.Severity), Path: g.hops(p), Jewel: g.CrownJewels[p[len(p)-1].To]}
	}
}

// hops turns a path into the hops a report prints; each finding gets its own copy, since
// the scan rewrites file names in place.
func (g *Graph) hops(p []Edge) []finding.Hop {
	out := make([]finding.Hop, len(p))
	for i, e := range p {
		n := g.nodes[e.To]
		h := finding.Hop{Edge: e.Text(), Key: n.Key, Type: n.Type}
		if n.Resource != nil {
			h.Location = n.Resource.LocationOf(resource.Path{})
			h.Location.Via = nil
		}
		for _, v := range e.Via {
			if vn := g.nodes[v]; vn != nil {
				h.Via = append(h.Via, vn.Key)
			}
		}
		out[i] = h
	}
	return out
}
