package store

import (
	"context"
	"errors"
	"time"

	"github.com/plumbsec/plumb/internal/finding"
)

// Store keeps scans, baselines, drift runs, enforcement settings and the audit log. Every
// method is safe for concurrent use, and every write is one transaction. Lists are newest
// first; a zero Limit in a filter means no limit.
type Store interface {
	// SaveScan stores a complete scan (its resources, findings, skipped checks and
	// diagnostics) in one transaction and returns its id. Nothing of it is visible before
	// it returns, and nothing at all if it fails.
	SaveScan(ctx context.Context, s Scan) (int64, error)
	// Scans lists the scans that match f, without their bodies.
	Scans(ctx context.Context, f ScanFilter) ([]ScanSummary, error)
	// Scan returns the whole of one scan; ErrNotFound if there is none with that id.
	Scan(ctx context.Context, id int64) (*Scan, error)
	// Findings returns one scan's findings in the order they were saved.
	Findings(ctx context.Context, scanID int64) ([]*finding.Finding, error)

	// CreateBaseline stores b's snapshot of b.Scope, approved by b.ApprovedBy, with its note
	// and the types it lacks (b.Partial); the store sets the id, the time, what it
	// supersedes and the resource count. It becomes the scope's active baseline and
	// supersedes the previous one, which stays readable.
	CreateBaseline(ctx context.Context, b Baseline) (BaselineSummary, error)
	// ActiveBaseline returns the scope's newest baseline; ErrNotFound if it has none.
	ActiveBaseline(ctx context.Context, scope Scope) (*Baseline, error)
	// Baselines lists every baseline of the scope, newest (the active one) first.
	Baselines(ctx context.Context, scope Scope) ([]BaselineSummary, error)
	// Baseline returns one baseline with its snapshot; ErrNotFound if there is none.
	Baseline(ctx context.Context, id int64) (*Baseline, error)

	// SaveDrift stores one drift run with its entries and returns its id.
	SaveDrift(ctx context.Context, run DriftRun) (int64, error)
	// DriftRuns lists the runs that match f, with their entries.
	DriftRuns(ctx context.Context, f DriftFilter) ([]DriftRun, error)
	// DriftRun returns one run; ErrNotFound if there is none.
	DriftRun(ctx context.Context, id int64) (*DriftRun, error)

	// SetEnforcement sets the scope's enforcement and appends an audit entry (action
	// ActionEnforcementSet, before and after as JSON) in the same transaction.
	SetEnforcement(ctx context.Context, scope Scope, e Enforcement) error
	// Enforcement returns the scope's setting: mode off, not paused, if never set.
	Enforcement(ctx context.Context, scope Scope) (Enforcement, error)

	// AppendAudit appends one entry to the audit log and returns its id.
	AppendAudit(ctx context.Context, e AuditEntry) (int64, error)
	// Audit lists the entries that match f.
	Audit(ctx context.Context, f AuditFilter) ([]AuditEntry, error)

	// Close releases the store's connections.
	Close() error
}

// ErrNotFound is returned (wrapped) when a scan, baseline or drift run does not exist.
var ErrNotFound = errors.New("not found")

// Timestamp is the form in which the store keeps a time: UTC, to the microsecond. Backends
// pass every time through it so that both return the same values.
func Timestamp(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// Now is the current Timestamp.
func Now() time.Time { return Timestamp(time.Now()) }
