package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/internal/rows"
)

// CreateBaseline stores a new baseline that supersedes the scope's active one. The write
// lock, taken when the transaction begins, makes "the active one" exact when several
// baselines of a scope are created at once.
func (s *Store) CreateBaseline(ctx context.Context, in store.Baseline) (store.BaselineSummary, error) {
	if err := in.Validate(); err != nil {
		return store.BaselineSummary{}, err
	}
	scope, resources := in.Scope, in.Resources
	b := store.BaselineSummary{Scope: scope, Created: store.Now(), ApprovedBy: in.ApprovedBy, Note: in.Note,
		ResourceCount: len(resources), Partial: in.Partial}
	partial, err := rows.MarshalStrings(b.Partial)
	if err != nil {
		return store.BaselineSummary{}, err
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var prev sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT max(id) FROM baselines WHERE scope = ?", scope.String()).Scan(&prev); err != nil {
			return err
		}
		b.Supersedes = prev.Int64
		res, err := tx.ExecContext(ctx, `INSERT INTO baselines (scope, created_us, approved_by, note, supersedes, resource_count, partial)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, scope.String(), micros(b.Created), b.ApprovedBy, b.Note, nullID(b.Supersedes), len(resources), string(partial))
		if err != nil {
			return err
		}
		if b.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return insertResources(ctx, tx, "baseline_resources", "baseline_id", b.ID, resources, nil)
	})
	if err != nil {
		return store.BaselineSummary{}, fmt.Errorf("sqlite: create baseline of %s: %w", scope, err)
	}
	return b, nil
}

const baselineColumns = "id, scope, created_us, approved_by, note, supersedes, resource_count, partial"

func scanBaseline(row scanner) (store.BaselineSummary, error) {
	var (
		b          store.BaselineSummary
		scope      string
		created    int64
		supersedes sql.NullInt64
		partial    string
	)
	if err := row.Scan(&b.ID, &scope, &created, &b.ApprovedBy, &b.Note, &supersedes, &b.ResourceCount, &partial); err != nil {
		return b, err
	}
	var err error
	if b.Partial, err = rows.UnmarshalStrings([]byte(partial)); err != nil {
		return b, err
	}
	b.Created, b.Supersedes = fromMicros(created), supersedes.Int64
	return b, b.Scope.UnmarshalText([]byte(scope))
}

// ActiveBaseline reads the scope's newest baseline.
func (s *Store) ActiveBaseline(ctx context.Context, scope store.Scope) (*store.Baseline, error) {
	return s.baseline(ctx, "scope = ? ORDER BY id DESC LIMIT 1", scope.String(), "active baseline of "+scope.String())
}

// Baseline reads one baseline.
func (s *Store) Baseline(ctx context.Context, id int64) (*store.Baseline, error) {
	return s.baseline(ctx, "id = ?", id, fmt.Sprintf("baseline %d", id))
}

func (s *Store) baseline(ctx context.Context, cond string, arg any, what string) (*store.Baseline, error) {
	var b *store.Baseline
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		sum, err := scanBaseline(tx.QueryRowContext(ctx, "SELECT "+baselineColumns+" FROM baselines WHERE "+cond, arg))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("%s: %w", what, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		b = &store.Baseline{BaselineSummary: sum}
		b.Resources, err = readResources(ctx, tx, "baseline_resources", "baseline_id", sum.ID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return b, nil
}

// Baselines lists the scope's baselines, newest first.
func (s *Store) Baselines(ctx context.Context, scope store.Scope) ([]store.BaselineSummary, error) {
	rs, err := s.read.QueryContext(ctx, "SELECT "+baselineColumns+" FROM baselines WHERE scope = ? ORDER BY id DESC", scope.String())
	if err != nil {
		return nil, fmt.Errorf("sqlite: baselines: %w", err)
	}
	defer rs.Close()
	var out []store.BaselineSummary
	for rs.Next() {
		b, err := scanBaseline(rs)
		if err != nil {
			return nil, fmt.Errorf("sqlite: baselines: %w", err)
		}
		out = append(out, b)
	}
	return out, rs.Err()
}
