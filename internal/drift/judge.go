package drift

import (
	"context"
	"encoding/json"
	"slices"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Judge gives every entry its verdict. The rules are evaluated on the baseline and the live
// version of each drifted resource; a finding of the live version whose rule and path the
// baseline version did not break is one the drift introduced. An entry with such findings
// is risky, with their rule ids; any other entry is benign (a removed resource introduces
// nothing on itself). Findings the baseline already had, and checks skipped on unknown
// values, never make an entry risky.
//
// The engine evaluates one resource at a time, so only drifted resources are evaluated:
// the cost of a cycle grows with the drift, not with the scope.
func Judge(ctx context.Context, eng *policy.Engine, entries []Entry) error {
	var before, after []*resource.Resource
	for _, e := range entries {
		if e.Baseline != nil && e.Live != nil {
			before = append(before, e.Baseline)
		}
		if e.Live != nil {
			after = append(after, e.Live)
		}
	}
	old, _, err := eng.Evaluate(ctx, before)
	if err != nil {
		return err
	}
	now, _, err := eng.Evaluate(ctx, after)
	if err != nil {
		return err
	}
	attrs := make(map[string]map[string]any, len(before))
	for _, r := range before {
		attrs[r.Key] = r.Attributes
	}
	had := newFindingSet(old, attrs)
	byKey := map[string][]*finding.Finding{}
	for _, f := range now {
		byKey[f.ResourceKey] = append(byKey[f.ResourceKey], f)
	}
	for i := range entries {
		judgeEntry(&entries[i], byKey[keyOf(entries[i].Live)], had)
	}
	return nil
}

func keyOf(r *resource.Resource) string {
	if r == nil {
		return ""
	}
	return r.Key
}

// A finding is "the same" across two versions of a resource when it is the same rule at
// the same attribute. List indexes make that fragile: a security group rule removed before
// the one that breaks a rule shifts it from ingress.3 to ingress.1, and a rule whose
// description changed is a different element but the same exposure. So findings are
// grouped by rule and by their path with each index replaced by the element's name when it
// has one (containers[name=web]) and by "*" otherwise, and counted: the live version
// introduces findings of a group only when it has more of them than the baseline version.
// Which ones are named as introduced is decided by content: those whose exact element the
// baseline did not break.
type findingGroup struct{ key, rule, path string }

// findingSet counts the findings of one set of resources by group, and remembers their
// exact identities.
type findingSet struct {
	count map[findingGroup]int
	exact map[findingGroup]map[string]bool
}

func newFindingSet(fs []*finding.Finding, attrs map[string]map[string]any) findingSet {
	s := findingSet{count: map[findingGroup]int{}, exact: map[findingGroup]map[string]bool{}}
	for _, f := range fs {
		g, exact := groupOf(f.ResourceKey, attrs[f.ResourceKey], f)
		s.count[g]++
		if s.exact[g] == nil {
			s.exact[g] = map[string]bool{}
		}
		s.exact[g][exact] = true
	}
	return s
}

// introduced returns the findings of fs, on one resource whose baseline version has key
// baseKey, that the baseline version did not have.
func (s findingSet) introduced(baseKey string, attrs map[string]any, fs []*finding.Finding) []*finding.Finding {
	type grouped struct {
		all, fresh []*finding.Finding
	}
	var order []findingGroup
	groups := map[findingGroup]*grouped{}
	for _, f := range fs {
		g, exact := groupOf(baseKey, attrs, f)
		if groups[g] == nil {
			groups[g] = &grouped{}
			order = append(order, g)
		}
		groups[g].all = append(groups[g].all, f)
		if !s.exact[g][exact] {
			groups[g].fresh = append(groups[g].fresh, f)
		}
	}
	var out []*finding.Finding
	for _, g := range order {
		gr := groups[g]
		if len(gr.all) <= s.count[g] {
			continue
		}
		if len(gr.fresh) > 0 {
			out = append(out, gr.fresh...)
		} else {
			out = append(out, gr.all...)
		}
	}
	return out
}

// groupOf returns a finding's group (on key) and its exact identity within the group.
func groupOf(key string, attrs map[string]any, f *finding.Finding) (findingGroup, string) {
	loose, exact := stablePaths(attrs, f.Path)
	return findingGroup{key, f.Rule.ID, loose}, exact
}

// stablePaths writes p twice with each list index replaced: in loose, by the element's
// name when it is a named object (containers[name=web]) and "*" otherwise; in exact, by the
// name or the element's whole value.
func stablePaths(attrs map[string]any, p resource.Path) (loose, exact string) {
	var lb, eb strings.Builder
	var cur any = attrs
	for i, seg := range p {
		if i > 0 {
			lb.WriteByte('.')
			eb.WriteByte('.')
		}
		if c, ok := cur.(map[string]any); ok {
			k, _ := seg.(string)
			lb.WriteString(k)
			eb.WriteString(k)
			cur = c[k]
			continue
		}
		if c, ok := cur.([]any); ok {
			if n, ok := seg.(int); ok && n >= 0 && n < len(c) {
				e := c[n]
				cur = e
				if o, ok := e.(map[string]any); ok {
					if name, ok := o["name"].(string); ok {
						lb.WriteString("[name=" + name + "]")
						eb.WriteString("[name=" + name + "]")
						continue
					}
				}
				v, _ := json.Marshal(jsonSafe(e))
				lb.WriteString("*")
				eb.WriteString("[" + string(v) + "]")
				continue
			}
		}
		s := resource.Path{seg}.String()
		lb.WriteString(s)
		eb.WriteString(s)
		cur = nil
	}
	return lb.String(), eb.String()
}

// jsonSafe replaces Unknown, which encoding/json cannot write, by a marker.
func jsonSafe(v any) any {
	switch x := v.(type) {
	case resource.Unknown:
		return resource.UnknownMarker
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[k] = jsonSafe(e)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, e := range x {
			s[i] = jsonSafe(e)
		}
		return s
	}
	return v
}

func judgeEntry(e *Entry, live []*finding.Finding, had findingSet) {
	e.Verdict, e.Rules, e.Findings = store.Benign, nil, nil
	if e.Live == nil {
		return
	}
	if e.Baseline == nil {
		e.Findings = live
	} else {
		e.Findings = had.introduced(e.Baseline.Key, e.Live.Attributes, live)
	}
	for _, f := range e.Findings {
		if !slices.Contains(e.Rules, f.Rule.ID) {
			e.Rules = append(e.Rules, f.Rule.ID)
		}
	}
	if len(e.Findings) > 0 {
		e.Verdict = store.Risky
		slices.Sort(e.Rules)
	}
}
