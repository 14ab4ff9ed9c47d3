package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// CreateBaseline stores a new baseline that supersedes the scope's active one. The write
// lock, taken when the transaction begins, makes "the active one" exact when several
// baselines of a scope are created at once.
func (s *Store) CreateBaseline(ctx context.Context, scope store.Scope, resources []*resource.Resource, approvedBy, note string) (store.BaselineSummary, error) {
	if err := store.ValidateBaseline(scope, approvedBy); err != nil {
		return store.BaselineSummary{}, err
	}
	b := store.BaselineSummary{Scope: scope, Created: store.Now(), ApprovedBy: approvedBy, Note: note, ResourceCount: len(resources)}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var prev sql.NullInt64
		if err := tx.QueryRowContext(ctx, "SELECT max(id) FROM baselines WHERE scope = ?", scope.String()).Scan(&prev); err != nil {
			return err
		}
		b.Supersedes = prev.Int64
		res, err := tx.ExecContext(ctx, `INSERT INTO baselines (scope, created_us, approved_by, note, supersedes, resource_count)
			VALUES (?, ?, ?, ?, ?, ?)`, scope.String(), micros(b.Created), approvedBy, note, nullID(b.Supersedes), len(resources))
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

const baselineColumns = "id, scope, created_us, approved_by, note, supersedes, resource_count"

func scanBaseline(row scanner) (store.BaselineSummary, error) {
	var (
		b          store.BaselineSummary
		scope      string
		created    int64
		supersedes sql.NullInt64
	)
	if err := row.Scan(&b.ID, &scope, &created, &b.ApprovedBy, &b.Note, &supersedes, &b.ResourceCount); err != nil {
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
