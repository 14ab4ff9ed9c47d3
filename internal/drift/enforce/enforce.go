package enforce

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Audit actions written by Enforce.
const (
	ActionRevert       = "drift.revert"
	ActionRevertFailed = "drift.revert.failed"
)

// Actor is who the audit log names for the reverts Plumb makes on its own.
const Actor = "plumb"

// Drift is one drifted resource: the stored entry and the two versions it was computed
// from (Baseline nil when the resource was added, Live nil when it was removed).
type Drift struct {
	store.DriftEntry
	Baseline, Live *resource.Resource
}

// Reverter writes one resource's baseline version back to where the collector read it, and
// returns the resource as read just before and just after (nil where it does not exist).
// The Kubernetes collector's Revert and the AWS Reverter's Revert have this form.
type Reverter interface {
	Revert(ctx context.Context, kind store.DriftKind, baseline, live *resource.Resource) (before, after *resource.Resource, err error)
}

// RevertFunc makes a function a Reverter.
type RevertFunc func(ctx context.Context, kind store.DriftKind, baseline, live *resource.Resource) (before, after *resource.Resource, err error)

// Revert calls f.
func (f RevertFunc) Revert(ctx context.Context, kind store.DriftKind, baseline, live *resource.Resource) (*resource.Resource, *resource.Resource, error) {
	return f(ctx, kind, baseline, live)
}

// Options say which scope and run to enforce, and how.
type Options struct {
	Store store.Store
	Scope store.Scope
	// RunID is the stored drift run the entries come from, named in the audit log.
	RunID int64
	// Reverter writes the baselines back; it is not called when nothing is to be reverted,
	// so it may be nil for a scope whose enforcement is off or paused.
	Reverter Reverter
	// Actor is the audit log's actor; empty means Actor ("plumb").
	Actor string
}

// Outcome is what became of one drift entry.
type Outcome int

// Outcomes. Kept entries are those the mode leaves alone (benign drift in mode risky).
const (
	Kept Outcome = iota + 1
	Reverted
	Failed
)

var outcomeNames = [...]string{"", "kept", "reverted", "failed"}

func (o Outcome) String() string {
	if o < Kept || o > Failed {
		return fmt.Sprintf("outcome(%d)", int(o))
	}
	return outcomeNames[o]
}

// MarshalText writes the name.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// Action is what Enforce did with one entry.
type Action struct {
	Key, Type string
	Kind      store.DriftKind
	Verdict   store.Verdict
	Rules     []string
	Outcome   Outcome
	// Err says why a revert failed.
	Err error
	// AuditID is the audit entry of a revert or a failure; 0 for a kept entry.
	AuditID int64
	// Before and After are the resource as read around the revert.
	Before, After *resource.Resource
}

// Result is what one enforcement pass did.
type Result struct {
	Scope   store.Scope
	Setting store.Enforcement
	// Held says that nothing was reverted because the scope's enforcement is off or paused,
	// and Why says which; every action is then Kept, and Pending counts the entries that
	// the mode would otherwise have reverted.
	Held    bool
	Why     string
	Pending int
	// Actions has one action per drift, in order.
	Actions []Action
}

// Counts returns how many entries were reverted, failed and kept.
func (r *Result) Counts() (reverted, failed, kept int) {
	for _, a := range r.Actions {
		switch a.Outcome {
		case Reverted:
			reverted++
		case Failed:
			failed++
		case Kept:
			kept++
		}
	}
	return
}

// Wants reports whether mode reverts an entry of verdict v.
func Wants(mode store.EnforcementMode, v store.Verdict) bool {
	switch mode {
	case store.EnforceAll:
		return true
	case store.EnforceRisky:
		return v == store.Risky
	}
	return false
}

// Enforce reverts what the scope's enforcement setting asks of drifts, auditing each
// attempt. It returns an error only when the setting cannot be read or an audit entry
// cannot be written; a revert that fails is an Action with outcome Failed, and the rest go
// on.
func Enforce(ctx context.Context, opts Options, drifts []Drift) (*Result, error) {
	if opts.Scope.IsZero() {
		return nil, errors.New("enforce: a scope is required")
	}
	setting, err := opts.Store.Enforcement(ctx, opts.Scope)
	if err != nil {
		return nil, fmt.Errorf("enforce: %w", err)
	}
	res := &Result{Scope: opts.Scope, Setting: setting}
	for _, d := range drifts {
		if Wants(setting.Mode, d.Verdict) {
			res.Pending++
		}
	}
	switch {
	case setting.Mode == store.EnforceOff:
		res.Held, res.Why = true, "enforcement is off"
	case setting.Paused:
		res.Held, res.Why = true, pausedWhy(setting)
	}
	if res.Held {
		for _, d := range drifts {
			res.Actions = append(res.Actions, Action{Key: d.Key, Type: d.Type, Kind: d.Kind, Verdict: d.Verdict, Rules: d.Rules, Outcome: Kept})
		}
		return res, nil
	}
	if res.Pending > 0 && opts.Reverter == nil {
		return nil, fmt.Errorf("enforce: %s: no reverter for the scope", opts.Scope)
	}
	actor := opts.Actor
	if actor == "" {
		actor = Actor
	}
	var auditErrs []error
	for _, d := range drifts {
		a := Action{Key: d.Key, Type: d.Type, Kind: d.Kind, Verdict: d.Verdict, Rules: d.Rules, Outcome: Kept}
		if Wants(setting.Mode, d.Verdict) {
			a.Before, a.After, a.Err = opts.Reverter.Revert(ctx, d.Kind, d.Baseline, d.Live)
			a.Outcome = Reverted
			if a.Err != nil {
				a.Outcome = Failed
			}
			entry, err := auditEntry(actor, opts, setting, d, a)
			if err == nil {
				a.AuditID, err = opts.Store.AppendAudit(ctx, entry)
			}
			if err != nil {
				auditErrs = append(auditErrs, fmt.Errorf("enforce: audit the revert of %s: %w", d.Key, err))
			}
		}
		res.Actions = append(res.Actions, a)
	}
	return res, errors.Join(auditErrs...)
}

func pausedWhy(e store.Enforcement) string {
	var b strings.Builder
	b.WriteString("enforcement is paused")
	if e.By != "" {
		fmt.Fprintf(&b, " by %s", e.By)
	}
	if !e.Updated.IsZero() {
		fmt.Fprintf(&b, " since %s", e.Updated.Format("2006-01-02 15:04 MST"))
	}
	if e.Reason != "" {
		fmt.Fprintf(&b, ": %s", e.Reason)
	}
	return b.String()
}

// auditEntry is the audit log's record of one revert: the state before and after as the
// resource's attributes, and in the reason the drift, the rules it breaks, the run and the
// mode (and the error of a failure).
func auditEntry(actor string, opts Options, setting store.Enforcement, d Drift, a Action) (store.AuditEntry, error) {
	e := store.AuditEntry{Actor: actor, Scope: opts.Scope, Action: ActionRevert, Target: d.Key}
	var err error
	if e.Before, err = attributesJSON(a.Before); err != nil {
		return e, err
	}
	if e.After, err = attributesJSON(a.After); err != nil {
		return e, err
	}
	var why strings.Builder
	fmt.Fprintf(&why, "%s %s drift", d.Verdict, d.Kind)
	if len(d.Rules) > 0 {
		fmt.Fprintf(&why, " breaking %s", strings.Join(d.Rules, ", "))
	}
	if opts.RunID != 0 {
		fmt.Fprintf(&why, "; drift run %d", opts.RunID)
	}
	fmt.Fprintf(&why, "; enforcement %s", setting.Mode)
	if a.Err != nil {
		e.Action = ActionRevertFailed
		fmt.Fprintf(&why, "; failed: %v", a.Err)
	}
	e.Reason = why.String()
	return e, nil
}

// attributesJSON is r's attributes as the audit log keeps them; JSON null for no resource.
func attributesJSON(r *resource.Resource) (json.RawMessage, error) {
	if r == nil {
		return json.RawMessage("null"), nil
	}
	b, err := store.MarshalValue(r.Attributes)
	if err != nil {
		return nil, err
	}
	return b, nil
}
