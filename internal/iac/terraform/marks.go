package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// originMark records the file and lines that set a value.
type originMark struct {
	file       string
	start, end int
}

// refMark records that a value was read from a resource instance, by its full address.
type refMark struct{ key string }

func originOf(file string, rng hcl.Range) originMark {
	return originMark{file: file, start: rng.Start.Line, end: rng.End.Line}
}

// withOwnOrigin replaces every origin mark in v, at any depth, with o, and keeps every other
// mark (reference marks must survive so that edges are found).
func withOwnOrigin(v cty.Value, o originMark) cty.Value {
	v = stripOrigins(v)
	return v.Mark(o)
}

// stripOrigins removes origin and via marks at any depth, keeping other marks.
func stripOrigins(v cty.Value) cty.Value {
	if !hasAnyMarks(v) {
		return v
	}
	un, pvm := v.UnmarkDeepWithPaths()
	kept := pvm[:0]
	for _, pm := range pvm {
		ms := cty.ValueMarks{}
		for m := range pm.Marks {
			switch m.(type) {
			case originMark, viaMark:
			default:
				ms[m] = struct{}{}
			}
		}
		if len(ms) > 0 {
			kept = append(kept, cty.PathValueMarks{Path: pm.Path, Marks: ms})
		}
	}
	return un.MarkWithPaths(kept)
}

func hasAnyMarks(v cty.Value) bool { return v.ContainsMarked() }

// viaMark records the expression a value passed through on its way to an attribute: the
// resource argument that read a variable set in a tfvars file.
type viaMark struct {
	file       string
	start, end int
}

// stripVias removes via marks from v's top level.
func stripVias(v cty.Value) cty.Value {
	un, ms := v.Unmark()
	keep := cty.ValueMarks{}
	for m := range ms {
		if _, ok := m.(viaMark); !ok {
			keep[m] = struct{}{}
		}
	}
	return un.WithMarks(keep)
}
