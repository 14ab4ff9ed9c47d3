package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/internal/rows"
)

// SaveDrift stores a drift run and its entries in one transaction.
func (s *Store) SaveDrift(ctx context.Context, run store.DriftRun) (int64, error) {
	if err := run.Validate(); err != nil {
		return 0, err
	}
	if run.At.IsZero() {
		run.At = store.Now()
	}
	entries := make([][]any, len(run.Entries))
	partial, err := rows.MarshalStrings(run.Partial)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `INSERT INTO drift_runs (scope, baseline_id, scan_id, at, entry_count, partial)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			run.Scope.String(), nullID(run.BaselineID), nullID(run.ScanID), stamp(run.At), len(run.Entries), string(partial)).Scan(&id); err != nil {
			return err
		}
		for i, e := range run.Entries {
			changes, err := rows.MarshalChanges(e.Changes)
			if err != nil {
				return fmt.Errorf("entry %s: %w", e.Key, err)
			}
			rules, err := rows.MarshalStrings(e.Rules)
			if err != nil {
				return err
			}
			entries[i] = []any{id, i, e.Key, e.Type, e.Kind.String(), e.Verdict.String(), string(rules), string(changes)}
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"drift_entries"},
			[]string{"run_id", "seq", "key", "type", "kind", "verdict", "rules", "changes"}, pgx.CopyFromRows(entries))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: save drift of %s: %w", run.Scope, err)
	}
	return id, nil
}

// DriftRuns lists drift runs with their entries, newest first.
func (s *Store) DriftRuns(ctx context.Context, f store.DriftFilter) ([]store.DriftRun, error) {
	var w where
	if !f.Scope.IsZero() {
		w.add("scope = ?", f.Scope.String())
	}
	if !f.Since.IsZero() {
		w.add("at >= ?", stamp(f.Since))
	}
	var out []store.DriftRun
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = readDriftRuns(ctx, tx, w.String()+" ORDER BY at DESC, id DESC"+limit(f.Limit), w.args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: drift runs: %w", err)
	}
	return out, nil
}

// DriftRun reads one drift run.
func (s *Store) DriftRun(ctx context.Context, id int64) (*store.DriftRun, error) {
	var out []store.DriftRun
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var err error
		out, err = readDriftRuns(ctx, tx, " WHERE id = $1", id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: drift run %d: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("postgres: drift run %d: %w", id, store.ErrNotFound)
	}
	return &out[0], nil
}

func readDriftRuns(ctx context.Context, tx pgx.Tx, rest string, args ...any) ([]store.DriftRun, error) {
	rs, err := tx.Query(ctx, "SELECT id, scope, baseline_id, scan_id, at, partial FROM drift_runs"+rest, args...)
	if err != nil {
		return nil, err
	}
	out, err := collect(rs, func(row pgx.CollectableRow) (store.DriftRun, error) {
		var (
			run              store.DriftRun
			scope            string
			baseline, scanID *int64
			partial          string
		)
		if err := row.Scan(&run.ID, &scope, &baseline, &scanID, &run.At, &partial); err != nil {
			return run, err
		}
		var err error
		if run.Partial, err = rows.UnmarshalStrings([]byte(partial)); err != nil {
			return run, err
		}
		run.BaselineID, run.ScanID, run.At = idOf(baseline), idOf(scanID), stamp(run.At)
		return run, run.Scope.UnmarshalText([]byte(scope))
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Entries, err = readDriftEntries(ctx, tx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func readDriftEntries(ctx context.Context, tx pgx.Tx, runID int64) ([]store.DriftEntry, error) {
	rs, err := tx.Query(ctx, "SELECT key, type, kind, verdict, rules::text, changes::text FROM drift_entries WHERE run_id = $1 ORDER BY seq", runID)
	if err != nil {
		return nil, err
	}
	return collect(rs, func(row pgx.CollectableRow) (store.DriftEntry, error) {
		var (
			e                             store.DriftEntry
			kind, verdict, rules, changes string
		)
		if err := row.Scan(&e.Key, &e.Type, &kind, &verdict, &rules, &changes); err != nil {
			return e, err
		}
		var err error
		if e.Kind, err = store.ParseDriftKind(kind); err != nil {
			return e, err
		}
		if e.Verdict, err = store.ParseVerdict(verdict); err != nil {
			return e, err
		}
		if e.Rules, err = rows.UnmarshalStrings([]byte(rules)); err != nil {
			return e, err
		}
		e.Changes, err = rows.UnmarshalChanges([]byte(changes))
		return e, err
	})
}
