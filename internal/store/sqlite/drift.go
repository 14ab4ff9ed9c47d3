package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

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
	partial, err := rows.MarshalStrings(run.Partial)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "INSERT INTO drift_runs (scope, baseline_id, scan_id, at_us, entry_count, partial) VALUES (?, ?, ?, ?, ?, ?)",
			run.Scope.String(), nullID(run.BaselineID), nullID(run.ScanID), micros(run.At), len(run.Entries), string(partial))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO drift_entries (run_id, seq, key, type, kind, verdict, rules, changes)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, e := range run.Entries {
			changes, err := rows.MarshalChanges(e.Changes)
			if err != nil {
				return fmt.Errorf("entry %s: %w", e.Key, err)
			}
			rules, err := rows.MarshalStrings(e.Rules)
			if err != nil {
				return err
			}
			if _, err := stmt.ExecContext(ctx, id, i, e.Key, e.Type, e.Kind.String(), e.Verdict.String(), string(rules), string(changes)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: save drift of %s: %w", run.Scope, err)
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
		w.add("at_us >= ?", micros(f.Since))
	}
	var out []store.DriftRun
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = readDriftRuns(ctx, tx, w.String()+" ORDER BY at_us DESC, id DESC"+limit(f.Limit), w.args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: drift runs: %w", err)
	}
	return out, nil
}

// DriftRun reads one drift run.
func (s *Store) DriftRun(ctx context.Context, id int64) (*store.DriftRun, error) {
	var out []store.DriftRun
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = readDriftRuns(ctx, tx, " WHERE id = ?", id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: drift run %d: %w", id, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("sqlite: drift run %d: %w", id, store.ErrNotFound)
	}
	return &out[0], nil
}

func readDriftRuns(ctx context.Context, tx *sql.Tx, rest string, args ...any) ([]store.DriftRun, error) {
	rs, err := tx.QueryContext(ctx, "SELECT id, scope, baseline_id, scan_id, at_us, partial FROM drift_runs"+rest, args...)
	if err != nil {
		return nil, err
	}
	var out []store.DriftRun
	for rs.Next() {
		var (
			run              store.DriftRun
			scope            string
			baseline, scanID sql.NullInt64
			at               int64
			partial          string
		)
		if err := rs.Scan(&run.ID, &scope, &baseline, &scanID, &at, &partial); err != nil {
			rs.Close()
			return nil, err
		}
		if run.Partial, err = rows.UnmarshalStrings([]byte(partial)); err != nil {
			rs.Close()
			return nil, err
		}
		if err := run.Scope.UnmarshalText([]byte(scope)); err != nil {
			rs.Close()
			return nil, err
		}
		run.BaselineID, run.ScanID, run.At = baseline.Int64, scanID.Int64, fromMicros(at)
		out = append(out, run)
	}
	if err := errors.Join(rs.Err(), rs.Close()); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Entries, err = readDriftEntries(ctx, tx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func readDriftEntries(ctx context.Context, tx *sql.Tx, runID int64) ([]store.DriftEntry, error) {
	rs, err := tx.QueryContext(ctx, "SELECT key, type, kind, verdict, rules, changes FROM drift_entries WHERE run_id = ? ORDER BY seq", runID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []store.DriftEntry
	for rs.Next() {
		var (
			e                            store.DriftEntry
			kind, verdict, rules, change string
		)
		if err := rs.Scan(&e.Key, &e.Type, &kind, &verdict, &rules, &change); err != nil {
			return nil, err
		}
		if e.Kind, err = store.ParseDriftKind(kind); err != nil {
			return nil, err
		}
		if e.Verdict, err = store.ParseVerdict(verdict); err != nil {
			return nil, err
		}
		if e.Rules, err = rows.UnmarshalStrings([]byte(rules)); err != nil {
			return nil, err
		}
		if e.Changes, err = rows.UnmarshalChanges([]byte(change)); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rs.Err()
}
