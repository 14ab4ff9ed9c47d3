package drift

import (
	"context"
	"slices"

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
	had := make(map[findingID]bool, len(old))
	for _, f := range old {
		had[idOf(f.ResourceKey, f)] = true
	}
	byKey := map[string][]*finding.Finding{}
	for _, f := range now {
		byKey[f.ResourceKey] = append(byKey[f.ResourceKey], f)
	}
	for i := range entries {
		judgeEntry(&entries[i], byKey, had)
	}
	return nil
}

// findingID is what makes two findings the same across versions of one resource: the
// rule and the attribute path, on the baseline's key (a resource matched by identity may
// have another key live, as IaC against live AWS).
type findingID struct{ key, rule, path string }

func idOf(key string, f *finding.Finding) findingID {
	return findingID{key, f.Rule.ID, f.Path.String()}
}

func judgeEntry(e *Entry, byKey map[string][]*finding.Finding, had map[findingID]bool) {
	e.Verdict, e.Rules, e.Findings = store.Benign, nil, nil
	if e.Live == nil {
		return
	}
	for _, f := range byKey[e.Live.Key] {
		if e.Baseline != nil && had[idOf(e.Baseline.Key, f)] {
			continue
		}
		e.Findings = append(e.Findings, f)
		if !slices.Contains(e.Rules, f.Rule.ID) {
			e.Rules = append(e.Rules, f.Rule.ID)
		}
	}
	if len(e.Findings) > 0 {
		e.Verdict = store.Risky
		slices.Sort(e.Rules)
	}
}
