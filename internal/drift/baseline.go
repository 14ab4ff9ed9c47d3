package drift

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// BaselineOptions say what to approve.
type BaselineOptions struct {
	Store   store.Store
	Scope   store.Scope
	Collect func(ctx context.Context) (*Snapshot, error)
	// ApprovedBy is who approves the snapshot; Note says why, for the history.
	ApprovedBy, Note string
	// AllowPartial stores a snapshot that lacks some types (Snapshot.Partial), recording
	// which. Without it such a snapshot is refused: a baseline is meant to be complete.
	AllowPartial bool
}

// ErrPartial is returned (wrapped) when a baseline would be partial and that was not allowed.
var ErrPartial = errors.New("the snapshot is partial")

// CreateBaseline collects the scope's state and stores it as the scope's new active
// baseline, superseding the previous one. It returns what was stored and the snapshot.
func CreateBaseline(ctx context.Context, opts BaselineOptions) (store.BaselineSummary, *Snapshot, error) {
	snap, err := opts.Collect(ctx)
	if err != nil {
		return store.BaselineSummary{}, nil, fmt.Errorf("baseline: collect %s: %w", opts.Scope, err)
	}
	if len(snap.Partial) > 0 && !opts.AllowPartial {
		var why []string
		for _, d := range snap.Diagnostics {
			why = append(why, "\n  "+d.String())
		}
		return store.BaselineSummary{}, snap, fmt.Errorf("baseline: %w: %s not read (use --allow-partial to approve it anyway)%s",
			ErrPartial, strings.Join(snap.Partial, ", "), strings.Join(why, ""))
	}
	b := store.Baseline{Resources: snap.Resources}
	b.Scope, b.ApprovedBy, b.Note, b.Partial = opts.Scope, opts.ApprovedBy, opts.Note, snap.Partial
	sum, err := opts.Store.CreateBaseline(ctx, b)
	if err != nil {
		return store.BaselineSummary{}, snap, err
	}
	return sum, snap, nil
}

// Accept marks as accepted the open findings of a live scan that the baseline already had:
// the same rule at the same attribute path of the same resource, evaluated on the baseline's
// version of it. The configuration was approved as it is (an intentionally public website
// bucket), so only what changed since approval stays open. live are the scanned resources
// the findings are on. It returns how many it accepted.
func Accept(ctx context.Context, eng *policy.Engine, b *store.Baseline, live []*resource.Resource, findings []*finding.Finding) (int, error) {
	keys := map[string]bool{}
	for _, f := range findings {
		if f.Status == finding.Open {
			keys[f.ResourceKey] = true
		}
	}
	var approved []*resource.Resource
	for _, r := range b.Resources {
		if keys[r.Key] {
			approved = append(approved, r)
		}
	}
	if len(approved) == 0 {
		return 0, nil
	}
	prior, _, err := eng.Evaluate(ctx, approved)
	if err != nil {
		return 0, err
	}
	attrs := make(map[string]map[string]any, len(approved))
	for _, r := range approved {
		attrs[r.Key] = r.Attributes
	}
	had := newFindingSet(prior, attrs)
	liveAttrs := make(map[string]map[string]any, len(live))
	for _, r := range live {
		liveAttrs[r.Key] = r.Attributes
	}
	byKey := map[string][]*finding.Finding{}
	for _, f := range findings {
		if f.Status == finding.Open {
			byKey[f.ResourceKey] = append(byKey[f.ResourceKey], f)
		}
	}
	fresh := map[*finding.Finding]bool{}
	for key, fs := range byKey {
		for _, f := range had.introduced(key, liveAttrs[key], fs) {
			fresh[f] = true
		}
	}
	reason := fmt.Sprintf("accepted by baseline %d of %s, approved by %s on %s", b.ID, b.Scope, b.ApprovedBy,
		b.Created.Format("2006-01-02"))
	n := 0
	for _, f := range findings {
		if f.Status == finding.Open && !fresh[f] && attrs[f.ResourceKey] != nil {
			f.Status, f.Reason, f.InSource = finding.Accepted, reason, false
			n++
		}
	}
	return n, nil
}
