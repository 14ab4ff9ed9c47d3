package store

import (
	"errors"
	"fmt"
	"time"

	"github.com/plumbsec/plumb/internal/resource"
)

// DriftRun is one comparison of a scope's live state with its baseline (or with its IaC).
type DriftRun struct {
	// ID is set by the store.
	ID    int64
	Scope Scope
	// BaselineID is the baseline compared; 0 when the live state was compared with IaC.
	BaselineID int64
	// ScanID is the stored scan of the live state, 0 when it was not stored.
	ScanID int64
	// At is when the run happened; the store sets it when zero.
	At      time.Time
	Entries []DriftEntry
	// Partial lists, sorted, the types the live state could not be read of in full: no
	// resource of them was reported removed, whatever the baseline holds.
	Partial []string
}

// DriftEntry is the drift of one resource: every change to it, and one verdict.
type DriftEntry struct {
	Key     string
	Type    string
	Kind    DriftKind
	Changes []Change
	Verdict Verdict
	// Rules lists the ids of the rules that a risky drift breaks.
	Rules []string
}

// Change is one attribute that differs. Before and After are attribute values as in a
// resource (resource.Unknown included); nil stands both for null and for an absent value, so
// added and removed attributes are told by the entry's context, not by the change.
type Change struct {
	Path          resource.Path
	Before, After any
}

// Validate says what makes a drift run unfit to store.
func (r *DriftRun) Validate() error {
	var errs []error
	if r.Scope.IsZero() {
		errs = append(errs, errors.New("scope is required"))
	}
	for i, e := range r.Entries {
		if e.Key == "" {
			errs = append(errs, fmt.Errorf("entries[%d]: key is required", i))
		}
		if !e.Kind.Valid() {
			errs = append(errs, fmt.Errorf("entries[%d] (%s): kind is not set", i, e.Key))
		}
		if !e.Verdict.Valid() {
			errs = append(errs, fmt.Errorf("entries[%d] (%s): verdict is not set", i, e.Key))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("drift run: %w", err)
	}
	return nil
}

// DriftFilter selects drift runs; zero fields select everything.
type DriftFilter struct {
	Scope Scope
	// Since bounds the run time: Since <= at.
	Since time.Time
	Limit int
}
