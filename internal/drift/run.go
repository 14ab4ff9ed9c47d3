package drift

import (
	"context"
	"errors"
	"fmt"

	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/store"
)

// Options say what one drift cycle compares and where it keeps the result.
type Options struct {
	// Store holds the scope's baselines and receives the run.
	Store store.Store
	// Scope is the scope compared.
	Scope store.Scope
	// Engine judges every drifted resource.
	Engine *policy.Engine
	// Collect reads the scope's live state (Collector makes one for a scope).
	Collect func(ctx context.Context) (*Snapshot, error)
	// Against, when set, is the desired state to compare with instead of the active
	// baseline: the IaC that declares the scope (see Desired). The run is stored with no
	// baseline id.
	Against *Snapshot
}

// ErrNoBaseline is returned (wrapped) by Run when the scope has no baseline to compare with.
var ErrNoBaseline = errors.New("no baseline")

// Run does one drift cycle: it reads the scope's active baseline (or takes opts.Against),
// collects the live state, diffs the two, judges each entry and stores the run. The stored
// run and the entries (with both versions of each resource and the findings that make it
// risky) are returned; the run's Entries are the entries' stored forms, in the same order.
// Run stores nothing when it returns an error.
func Run(ctx context.Context, opts Options) (store.DriftRun, []Entry, error) {
	if opts.Scope.IsZero() {
		return store.DriftRun{}, nil, errors.New("drift: a scope is required")
	}
	var (
		base     *Snapshot
		baseline int64
	)
	if opts.Against != nil {
		base = opts.Against
	} else {
		b, err := opts.Store.ActiveBaseline(ctx, opts.Scope)
		if errors.Is(err, store.ErrNotFound) {
			return store.DriftRun{}, nil, fmt.Errorf("drift: %s has %w: create one with plumb baseline create --scope %s", opts.Scope, ErrNoBaseline, opts.Scope)
		}
		if err != nil {
			return store.DriftRun{}, nil, fmt.Errorf("drift: %w", err)
		}
		base, baseline = &Snapshot{Scope: b.Scope, Resources: b.Resources, Partial: b.Partial, Collected: b.Created}, b.ID
	}
	live, err := opts.Collect(ctx)
	if err != nil {
		return store.DriftRun{}, nil, fmt.Errorf("drift: collect %s: %w", opts.Scope, err)
	}
	entries := Compare(base, live, opts.Against != nil)
	if err := Judge(ctx, opts.Engine, entries); err != nil {
		return store.DriftRun{}, nil, fmt.Errorf("drift: %w", err)
	}
	run := store.DriftRun{Scope: opts.Scope, BaselineID: baseline, At: store.Now(), Partial: live.Partial}
	run.Entries = make([]store.DriftEntry, len(entries))
	for i, e := range entries {
		run.Entries[i] = e.DriftEntry
	}
	if run.ID, err = opts.Store.SaveDrift(ctx, run); err != nil {
		return store.DriftRun{}, nil, fmt.Errorf("drift: %w", err)
	}
	return run, entries, nil
}

// Compare diffs two snapshots of a scope, honouring what each could not read. declared says
// that base is IaC (Desired), compared only on what it declares and matched by identity.
func Compare(base, live *Snapshot, declared bool) []Entry {
	opts := DiffOptions{LivePartial: live.Partial, BaselinePartial: base.Partial}
	if declared {
		opts.DeclaredOnly, opts.Identity = true, Identity
	}
	return Diff(base.Resources, live.Resources, opts)
}
