package drift

import (
	"reflect"
	"sort"
	"time"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/workers"
)

// Snapshot is the state of a scope at one time, in canonical form.
type Snapshot struct {
	Scope store.Scope
	// Resources are canonical: what the rules judge, and what a baseline stores.
	Resources []*resource.Resource
	// Partial lists, sorted, the types that were not read in full (a Kubernetes kind the
	// credentials may not list, an AWS service that refused): a resource of such a type that
	// is missing from Resources may still exist.
	Partial []string
	// Diagnostics say what could not be read and why.
	Diagnostics resource.Diagnostics
	// Collected is when the state was read.
	Collected time.Time
}

// Entry is the drift of one resource: the stored form (key, type, kind, every change, the
// verdict and the rules broken) with the two versions it was computed from.
type Entry struct {
	store.DriftEntry
	// Baseline is the approved (or declared) version, nil when the resource was added; Live
	// is the version now, nil when it was removed. Both are canonical and shared with the
	// snapshots: never change them. A Kubernetes workload's canonical "pod" attribute is a
	// copy of its template that the adapter derives, not part of the object (see Object).
	Baseline, Live *resource.Resource
	// Findings are the live findings that the drift introduced (a rule and path that the
	// baseline version did not break), sorted by rule id and path; empty when benign.
	Findings []*finding.Finding
}

// Risky reports whether the entry's verdict is risky.
func (e *Entry) Risky() bool { return e.Verdict == store.Risky }

// DiffOptions say how to compare two snapshots.
type DiffOptions struct {
	// LivePartial lists the types the live snapshot could not read in full: a baseline
	// resource of such a type that is missing live is not reported removed.
	LivePartial []string
	// BaselinePartial lists the types the baseline could not read in full: a live resource
	// of such a type that the baseline lacks is not reported added.
	BaselinePartial []string
	// DeclaredOnly compares only what the baseline declares: a map key that the baseline
	// lacks is not compared. It is for IaC as the baseline, where the provider fills in
	// everything the code leaves out; Kubernetes objects are compared whole even then,
	// since the collector strips what the API server fills in.
	DeclaredOnly bool
	// Identity matches a baseline resource with a live one: equal identities are the same
	// resource. Nil matches by type and key.
	Identity func(*resource.Resource) string
}

// Diff compares a baseline with live state and returns one entry per resource that was
// added, removed or changed, sorted by key, each with every attribute that differs. Entries
// have no verdict yet: Judge gives them one. The comparisons run on all cores.
func Diff(baseline, live []*resource.Resource, opts DiffOptions) []Entry {
	match := matcher(baseline, opts.Identity)
	livePartial, basePartial := set(opts.LivePartial), set(opts.BaselinePartial)
	// Each live resource is matched and compared on its own, so the work is split in
	// chunks over the cores; the entries are assembled in order afterwards.
	pairs := make([]*resource.Resource, len(live))
	found := make([][]store.Change, len(live))
	workers.Chunks(len(live), 1024, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			l := live[i]
			b := match(l)
			if b == nil {
				continue
			}
			pairs[i] = b
			d := differ{declared: opts.DeclaredOnly && !isKubernetes(b) && !isKubernetes(l), kube: isKubernetes(b) || isKubernetes(l)}
			found[i] = d.resource(b.Attributes, l.Attributes)
		}
	})
	seen := make(map[*resource.Resource]bool, len(baseline))
	var out []Entry
	for i, l := range live {
		b := pairs[i]
		switch {
		case b == nil:
			if !basePartial[l.Type] {
				out = append(out, newEntry(store.Added, nil, l, nil))
			}
		case len(found[i]) > 0:
			seen[b] = true
			out = append(out, newEntry(store.Changed, b, l, found[i]))
		default:
			seen[b] = true
		}
	}
	for _, b := range baseline {
		if !seen[b] && !livePartial[b.Type] {
			out = append(out, newEntry(store.Removed, b, nil, nil))
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Key != out[j].Key {
			return out[i].Key < out[j].Key
		}
		return out[i].Kind < out[j].Kind
	})
	return out
}

// matcher returns the function that finds a live resource's baseline version. By default
// resources match on type and key, without building a string per resource. The function
// is safe for concurrent use when identity is.
func matcher(baseline []*resource.Resource, identity func(*resource.Resource) string) func(*resource.Resource) *resource.Resource {
	if identity == nil {
		type typeKey struct{ typ, key string }
		byKey := make(map[typeKey]*resource.Resource, len(baseline))
		for _, r := range baseline {
			byKey[typeKey{r.Type, r.Key}] = r
		}
		return func(l *resource.Resource) *resource.Resource { return byKey[typeKey{l.Type, l.Key}] }
	}
	byID := make(map[string]*resource.Resource, len(baseline))
	for _, r := range baseline {
		byID[identity(r)] = r
	}
	return func(l *resource.Resource) *resource.Resource { return byID[identity(l)] }
}

func newEntry(kind store.DriftKind, b, l *resource.Resource, changes []store.Change) Entry {
	e := Entry{Baseline: b, Live: l}
	e.Kind, e.Changes = kind, changes
	switch kind {
	case store.Added:
		e.Key, e.Type = l.Key, l.Type
		e.Changes = []store.Change{{Path: resource.Path{}, After: l.Attributes}}
	case store.Removed:
		e.Key, e.Type = b.Key, b.Type
		e.Changes = []store.Change{{Path: resource.Path{}, Before: b.Attributes}}
	default:
		e.Key, e.Type = l.Key, l.Type
	}
	return e
}

func set(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

var kubernetesOrigins = map[resource.Origin]bool{
	resource.OriginKubernetes: true, resource.OriginHelm: true, resource.OriginKustomize: true,
	resource.OriginLiveKubernetes: true,
}

func isKubernetes(r *resource.Resource) bool { return kubernetesOrigins[r.Origin] }

// Object returns a Kubernetes resource's object as the API takes it: its attributes without
// what the canonical model derives (the "pod" copy of a workload's template). The result
// shares nothing with r. Other resources' attributes are returned as a copy.
func Object(r *resource.Resource) map[string]any {
	out := deepCopy(r.Attributes).(map[string]any)
	if isKubernetes(r) {
		delete(out, "pod")
	}
	return out
}

// differ compares two attribute trees.
type differ struct {
	// declared compares only the map keys the baseline has.
	declared bool
	// kube leaves out what the canonical model derives for a Kubernetes object or keeps in
	// its key: the top-level "pod" and metadata.namespace.
	kube bool
}

func (d differ) resource(b, l map[string]any) []store.Change {
	if d.equal(b, l, 0) {
		return nil
	}
	var out []store.Change
	d.walkMap(resource.Path{}, b, l, &out)
	return out
}

// ignored reports whether key, at path p, is left out of the comparison.
func (d differ) ignored(p resource.Path, key string) bool {
	if !d.kube {
		return false
	}
	switch len(p) {
	case 0:
		return key == "pod"
	case 1:
		return key == "namespace" && p[0] == "metadata"
	}
	return false
}

// equal compares a baseline value with a live one. depth is the depth of the maps a and b
// are values in (0 for the attribute trees themselves), for ignored.
func (d differ) equal(a, b any, depth int) bool {
	if resource.IsUnknown(a) || resource.IsUnknown(b) {
		return true // a value nobody could read is no evidence of drift
	}
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok {
			return isEmpty(x) && isEmpty(b)
		}
		return d.equalMaps(x, y, depth)
	case []any:
		y, ok := b.([]any)
		if !ok {
			return len(x) == 0 && isEmpty(b)
		}
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if !d.equal(x[i], y[i], -1) {
				return false
			}
		}
		return true
	case nil:
		return isEmpty(b)
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	}
	return equalNumbers(a, b)
}

func (d differ) equalMaps(x, y map[string]any, depth int) bool {
	for k, xv := range x {
		if depth >= 0 && d.ignoredAt(depth, k) {
			continue
		}
		yv, ok := y[k]
		if !ok {
			if !isEmpty(xv) {
				return false
			}
			continue
		}
		if !d.equal(xv, yv, childDepth(depth, k)) {
			return false
		}
	}
	if d.declared {
		return true
	}
	for k, yv := range y {
		if _, ok := x[k]; ok || (depth >= 0 && d.ignoredAt(depth, k)) {
			continue
		}
		if !isEmpty(yv) {
			return false
		}
	}
	return true
}

// ignoredAt is ignored for the equality walk, which tracks depth rather than the path:
// depth 0 is the attribute tree, 1 the metadata map (childDepth keeps -1 for anything else).
func (d differ) ignoredAt(depth int, key string) bool {
	if !d.kube {
		return false
	}
	return (depth == 0 && key == "pod") || (depth == 1 && key == "namespace")
}

func childDepth(depth int, key string) int {
	if depth == 0 && key == "metadata" {
		return 1
	}
	return -1
}

// isEmpty reports whether v stands for nothing: absent, null, an empty list or map.
func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case map[string]any:
		return len(x) == 0
	case []any:
		return len(x) == 0
	}
	return false
}

// equalNumbers compares numbers by value (int64 2 equals float64 2), and anything else a
// loader may have left in a tree ([]string, map[string]string) by reflect, which unlike ==
// never panics on an uncomparable value.
func equalNumbers(a, b any) bool {
	fa, ok := number(a)
	if !ok {
		return reflect.DeepEqual(a, b)
	}
	fb, ok := number(b)
	return ok && fa == fb
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case int:
		return float64(x), true
	case float64:
		return x, true
	case int32:
		return float64(x), true
	}
	return 0, false
}

func (d differ) walk(p resource.Path, a, b any, out *[]store.Change) {
	if d.equal(a, b, depthOf(p)) {
		return
	}
	am, aok := a.(map[string]any)
	bm, bok := b.(map[string]any)
	if aok && bok {
		d.walkMap(p, am, bm, out)
		return
	}
	al, aok := a.([]any)
	bl, bok := b.([]any)
	if aok && bok {
		d.walkList(p, al, bl, out)
		return
	}
	*out = append(*out, store.Change{Path: p, Before: a, After: b})
}

// depthOf is the equality walk's depth of the value at p.
func depthOf(p resource.Path) int {
	switch {
	case len(p) == 0:
		return 0
	case len(p) == 1 && p[0] == "metadata":
		return 1
	}
	return -1
}

func (d differ) walkMap(p resource.Path, a, b map[string]any, out *[]store.Change) {
	keys := make([]string, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok && !d.declared {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if d.ignored(p, k) {
			continue
		}
		d.walk(p.Append(k), a[k], b[k], out)
	}
}

// walkList reports what differs between two lists. Lists of named objects (containers, env,
// ports, volumes) are matched by name, so a change inside one is reported at its attribute.
// Same-length lists of plain values are compared index by index. Anything else is compared
// as a multiset: each element of one with no equal element in the other is reported removed
// (at its baseline index) or added (at its live index), so a security group rule replaced
// by another is two changes, not a blur of field edits; a list that only changed order is
// reported whole.
func (d differ) walkList(p resource.Path, a, b []any, out *[]store.Change) {
	if an, bn := byName(a), byName(b); an != nil && bn != nil {
		d.walkNamed(p, a, b, an, bn, out)
		return
	}
	if len(a) == len(b) && scalars(a) && scalars(b) {
		for i := range a {
			if !d.equal(a[i], b[i], -1) {
				*out = append(*out, store.Change{Path: p.Append(i), Before: a[i], After: b[i]})
			}
		}
		return
	}
	used := make([]bool, len(b))
	var removed []int
	for i, x := range a {
		found := false
		for j, y := range b {
			if !used[j] && d.equal(x, y, -1) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			removed = append(removed, i)
		}
	}
	var added []int
	for j := range b {
		if !used[j] {
			added = append(added, j)
		}
	}
	if len(removed) == 0 && len(added) == 0 {
		*out = append(*out, store.Change{Path: p, Before: a, After: b})
		return
	}
	for _, i := range removed {
		*out = append(*out, store.Change{Path: p.Append(i), Before: a[i]})
	}
	for _, j := range added {
		*out = append(*out, store.Change{Path: p.Append(j), After: b[j]})
	}
}

func (d differ) walkNamed(p resource.Path, a, b []any, an, bn map[string]int, out *[]store.Change) {
	for i, x := range a {
		name := x.(map[string]any)["name"].(string)
		j, ok := bn[name]
		if !ok {
			*out = append(*out, store.Change{Path: p.Append(i), Before: x})
			continue
		}
		d.walk(p.Append(j), x, b[j], out)
	}
	for j, y := range b {
		if _, ok := an[y.(map[string]any)["name"].(string)]; !ok {
			*out = append(*out, store.Change{Path: p.Append(j), After: y})
		}
	}
}

// byName indexes a list of objects by their "name", nil unless every element is an object
// with a distinct string name.
func byName(l []any) map[string]int {
	if len(l) == 0 {
		return nil
	}
	m := make(map[string]int, len(l))
	for i, e := range l {
		o, ok := e.(map[string]any)
		if !ok {
			return nil
		}
		n, ok := o["name"].(string)
		if !ok {
			return nil
		}
		if _, dup := m[n]; dup {
			return nil
		}
		m[n] = i
	}
	return m
}

func scalars(l []any) bool {
	for _, e := range l {
		switch e.(type) {
		case map[string]any, []any:
			return false
		}
	}
	return true
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
