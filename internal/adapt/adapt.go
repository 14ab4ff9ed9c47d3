package adapt

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/workers"
)

// Canonical returns the canonical form of rs. Resources are copied, not changed in place.
func Canonical(rs []*resource.Resource) []*resource.Resource {
	out := make([]*resource.Resource, len(rs))
	workers.Chunks(len(rs), 256, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = clone(rs[i])
		}
	})
	return InPlace(out)
}

// InPlace is Canonical without the copy: it rewrites rs's resources themselves and reuses
// rs's backing array, for a caller that owns them and keeps no other view of them (a scan
// of the files it has just loaded). The steps that concern one resource at a time run on
// all cores; links and merges between resources run in order.
func InPlace(rs []*resource.Resource) []*resource.Resource {
	each := func(f func(r *resource.Resource)) {
		workers.Chunks(len(rs), 256, func(lo, hi int) {
			for _, r := range rs[lo:hi] {
				f(r)
			}
		})
	}
	each(func(r *resource.Resource) {
		setRoot(r)
		if a, ok := originAdapters[r.Origin]; ok {
			a(r)
		}
	})
	linkKubernetes(rs)
	each(func(r *resource.Resource) {
		parsePolicies(r)
		if n, ok := typeNormalisers[r.Type]; ok {
			n(r)
		}
	})
	idx := newIndex(rs)
	merged := map[*resource.Resource]bool{}
	for _, r := range rs {
		if m, ok := childMergers[r.Type]; ok {
			if parent := idx.target(r, m.attr, m.parentType, m.nameAttr, m.scope...); parent != nil &&
				(m.accept == nil || m.accept(parent, r)) {
				m.merge(parent, r)
				merged[r] = true
			}
		}
	}
	kept := rs[:0]
	for _, r := range rs {
		if !merged[r] {
			kept = append(kept, r)
		}
	}
	workers.Chunks(len(kept), 256, func(lo, hi int) {
		for _, r := range kept[lo:hi] {
			sortUnknowns(r)
			dropSelfReferences(r)
		}
	})
	return kept
}

// originAdapters turn one source's native shape into the Terraform-named canonical shape
// before the merges run (a CloudFormation AWS::S3::Bucket becomes an aws_s3_bucket; a
// Kubernetes workload gains its canonical pod path). Each source registers its adapter
// from its own file.
var originAdapters = map[resource.Origin]func(r *resource.Resource){}

// policyAttrs hold IAM-style policy documents, parsed to objects when known.
var policyAttrs = []string{"policy", "assume_role_policy"}

func parsePolicies(r *resource.Resource) {
	for _, a := range policyAttrs {
		s, ok := r.Attributes[a].(string)
		if !ok {
			continue
		}
		var doc map[string]any
		dec := json.NewDecoder(strings.NewReader(s))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			continue // not JSON: left as written, rules may still read the string
		}
		r.Attributes[a] = normaliseJSON(doc)
	}
}

// normaliseJSON turns json.Number into int64 or float64, as loaders give numbers.
func normaliseJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = normaliseJSON(e)
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = normaliseJSON(e)
		}
		return x
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	}
	return v
}

func clone(r *resource.Resource) *resource.Resource {
	c := *r
	c.Attributes = deepCopy(r.Attributes).(map[string]any)
	c.Locations = make(map[string]resource.Location, len(r.Locations))
	for k, v := range r.Locations {
		c.Locations[k] = v
	}
	c.References = append([]resource.Reference(nil), r.References...)
	c.Unknowns = append([]resource.Path(nil), r.Unknowns...)
	return &c
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = deepCopy(e)
		}
		return s
	}
	return v
}

// dropSelfReferences removes edges a merge re-rooted onto the resource they point to (a
// rule's security_group_id once the rule is part of the group) and duplicates.
func dropSelfReferences(r *resource.Resource) {
	seen := map[resource.Reference]bool{}
	kept := r.References[:0]
	for _, ref := range r.References {
		if ref.Target == r.Key || seen[ref] {
			continue
		}
		seen[ref] = true
		kept = append(kept, ref)
	}
	r.References = kept
}

// setRoot gives a resource whose loader did not say the scope its key is unique in the one
// its declaration implies: the file (a template, a plan, a Dockerfile), or for Kubernetes
// manifests their directory, since an application's objects span its files.
func setRoot(r *resource.Resource) {
	if r.Root != "" {
		return
	}
	file := r.LocationOf(resource.Path{}).File
	if kubernetesOrigins[r.Origin] {
		r.Root = path.Dir(file)
		return
	}
	r.Root = file
}
