package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/plumbsec/plumb/internal/resource"
)

// packageRefs is what one package's compiled modules refer to.
type packageRefs struct {
	inputs []resource.Path
	data   []ast.Ref // ground prefixes of data references
}

// computeReads sets each rule's reads: the input paths read by its own package and,
// transitively, by every package it refers to (a helper that reads input directly counts).
// It walks the compiled modules, in which imports and aliases are already resolved to full
// input and data references.
func computeReads(c *ast.Compiler, pkgs []*pkg, rules []*rule) {
	refs := make(map[*pkg]packageRefs, len(pkgs))
	for _, p := range pkgs {
		var pr packageRefs
		for _, name := range p.modules {
			if m := c.Modules[name]; m != nil {
				collectRefs(m, &pr)
			}
		}
		refs[p] = pr
	}
	// The packages each package refers to, worked out once per distinct data reference:
	// rules share their helper packages, and matching every reference of every visited
	// package against every package, rule by rule, was a fifth of loading the library.
	deps := make(map[*pkg][]*pkg, len(pkgs))
	byRef := map[string][]*pkg{}
	for _, p := range pkgs {
		seen := map[string]bool{}
		for _, d := range refs[p].data {
			key := d.String()
			if seen[key] {
				continue
			}
			seen[key] = true
			qs, ok := byRef[key]
			if !ok {
				for _, q := range pkgs {
					if d.HasPrefix(q.path) || q.path.HasPrefix(d) {
						qs = append(qs, q)
					}
				}
				byRef[key] = qs
			}
			deps[p] = append(deps[p], qs...)
		}
	}
	for _, r := range rules {
		seen := map[*pkg]bool{}
		var paths []resource.Path
		var visit func(p *pkg)
		visit = func(p *pkg) {
			if seen[p] {
				return
			}
			seen[p] = true
			paths = append(paths, refs[p].inputs...)
			for _, q := range deps[p] {
				visit(q)
			}
		}
		visit(r.pkg)
		r.reads = normaliseReads(paths)
	}
}

// collectRefs walks the rules only: the package clause and imports name data paths that
// are not necessarily used.
func collectRefs(m *ast.Module, pr *packageRefs) {
	for _, r := range m.Rules {
		pr.inputs = append(pr.inputs, inputReads(r)...)
		ast.WalkRefs(r, func(ref ast.Ref) bool {
			switch {
			case ref.HasPrefix(ast.DefaultRootRef):
				pr.data = append(pr.data, ref.GroundPrefix())
			}
			return false // keep walking: a ref's operands may hold refs (data.x[input.y])
		})
	}
}

// normaliseReads removes duplicates and paths below another path of the list; a read of
// the whole input leaves just the empty path.
func normaliseReads(paths []resource.Path) []resource.Path {
	var out []resource.Path
	for i, p := range paths {
		covered := false
		for j, q := range paths {
			if j != i && p.HasPrefix(q) && (len(q) < len(p) || j < i) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, p)
		}
	}
	return out
}

// relevantUnknowns returns the unknown paths of res (relative to its attributes) that the
// rule reads: those that contain, or are contained in, a path the rule reads.
func (r *rule) relevantUnknowns(res *resource.Resource) []resource.Path {
	var out []resource.Path
	for _, u := range res.Unknowns {
		for _, read := range r.reads {
			if readOverlapsAttribute(read, u) {
				out = append(out, u)
				break
			}
		}
	}
	return out
}

// readOverlapsAttribute reports whether an input path overlaps the attribute path u,
// without building "attributes"+u.
func readOverlapsAttribute(read, u resource.Path) bool {
	if len(read) == 0 {
		return true
	}
	if s, ok := read[0].(string); !ok || s != "attributes" {
		return false
	}
	return overlapsWithAny(read[1:], u)
}
