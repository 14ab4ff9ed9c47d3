package adapt

import (
	"sort"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// set puts value at dst in r's attributes, creating the maps on the way, and records it as
// unknown when it is.
func set(r *resource.Resource, dst resource.Path, value any) {
	if len(dst) == 0 {
		return
	}
	cur := r.Attributes
	for _, seg := range dst[:len(dst)-1] {
		k := seg.(string)
		next, ok := cur[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			cur[k] = next
		}
		cur = next
	}
	cur[dst[len(dst)-1].(string)] = value
	for _, u := range resource.FindUnknowns(value, dst) {
		r.Unknowns = append(r.Unknowns, u)
	}
}

// carry copies to dst in r everything src knows about the value at srcPath: its location
// and those below it, and its references, re-rooted under dst.
func carry(r *resource.Resource, dst resource.Path, src *resource.Resource, srcPath resource.Path) {
	r.SetLocation(dst, src.LocationOf(srcPath))
	prefix := srcPath.String()
	for k, loc := range src.Locations {
		if k == prefix || prefix == "" && k == "" {
			continue
		}
		if prefix != "" && !strings.HasPrefix(k, prefix+".") {
			continue
		}
		if prefix == "" {
			r.SetLocation(append(dst.Append(), resource.ParsePath(k)...), loc)
			continue
		}
		rest := resource.ParsePath(strings.TrimPrefix(k, prefix+"."))
		r.SetLocation(append(dst.Append(), rest...), loc)
	}
	for _, ref := range src.References {
		rp := resource.ParsePath(ref.Attribute)
		if !rp.HasPrefix(srcPath) {
			continue
		}
		r.References = append(r.References, resource.Reference{
			Attribute: append(dst.Append(), rp[len(srcPath):]...).String(), Target: ref.Target})
	}
}

// leaf copies one value from src to dst with its location, converting it with conv when the
// canonical form differs from the source's (status "Enabled" → true). Unknown stays unknown.
func leaf(r *resource.Resource, dst resource.Path, src *resource.Resource, srcPath resource.Path, conv func(any) any) bool {
	v, ok := resource.Get(src.Attributes, srcPath)
	if !ok {
		return false
	}
	if conv != nil && !resource.IsUnknown(v) {
		v = conv(v)
	}
	set(r, dst, v)
	carry(r, dst, src, srcPath)
	return true
}

// removeUnder drops r's unknowns and locations at or below p, before p is rewritten.
func removeUnder(r *resource.Resource, p resource.Path) {
	kept := r.Unknowns[:0]
	for _, u := range r.Unknowns {
		if !u.HasPrefix(p) {
			kept = append(kept, u)
		}
	}
	r.Unknowns = kept
	prefix := p.String()
	for k := range r.Locations {
		if k == prefix || strings.HasPrefix(k, prefix+".") {
			delete(r.Locations, k)
		}
	}
}

func sortUnknowns(r *resource.Resource) {
	sort.Slice(r.Unknowns, func(i, j int) bool { return r.Unknowns[i].String() < r.Unknowns[j].String() })
	out := r.Unknowns[:0]
	for i, u := range r.Unknowns {
		if i == 0 || u.String() != r.Unknowns[i-1].String() {
			out = append(out, u)
		}
	}
	r.Unknowns = out
}

func equalsFold(want string) func(any) any {
	return func(v any) any {
		s, ok := v.(string)
		return ok && strings.EqualFold(s, want)
	}
}

// blocks returns the objects of a nested block list (or a single object).
func blocks(v any) []map[string]any {
	switch x := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range x {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	case map[string]any:
		return []map[string]any{x}
	}
	return nil
}
