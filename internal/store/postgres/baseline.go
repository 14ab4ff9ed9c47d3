package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/internal/rows"
)

// CreateBaseline stores a new baseline that supersedes the scope's active one. An advisory
// lock on the scope makes "the active one" exact when several servers create baselines of
// one scope at once.
func (s *Store) CreateBaseline(ctx context.Context, in store.Baseline) (store.BaselineSummary, error) {
	if err := in.Validate(); err != nil {
		return store.BaselineSummary{}, err
	}
	scope, resources := in.Scope, in.Resources
	b := store.BaselineSummary{Scope: scope, ApprovedBy: in.ApprovedBy, Note: in.Note, ResourceCount: len(resources), Partial: in.Partial}
	partial, err := rows.MarshalStrings(b.Partial)
	if err != nil {
		return store.BaselineSummary{}, err
	}
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		if err := lockScope(ctx, tx, "baseline", scope); err != nil {
			return err
		}
		// The time is taken under the lock, so that a scope's baselines are in time order too.
		b.Created = store.Now()
		var prev *int64
		if err := tx.QueryRow(ctx, "SELECT max(id) FROM baselines WHERE scope = $1", scope.String()).Scan(&prev); err != nil {
			return err
		}
		b.Supersedes = idOf(prev)
		if err := tx.QueryRow(ctx, `INSERT INTO baselines (scope, created, approved_by, note, supersedes, resource_count, partial)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			scope.String(), b.Created, b.ApprovedBy, b.Note, prev, len(resources), string(partial)).Scan(&b.ID); err != nil {
			return err
		}
		return copyResources(ctx, tx, "baseline_resources", "baseline_id", b.ID, resources, nil)
	})
	if err != nil {
		return store.BaselineSummary{}, fmt.Errorf("postgres: create baseline of %s: %w", scope, err)
	}
	return b, nil
}

const baselineColumns = "id, scope, created, approved_by, note, supersedes, resource_count, partial"

func scanBaseline(row pgx.Row) (store.BaselineSummary, error) {
	var (
		b          store.BaselineSummary
		scope      string
		supersedes *int64
		partial    string
	)
	if err := row.Scan(&b.ID, &scope, &b.Created, &b.ApprovedBy, &b.Note, &supersedes, &b.ResourceCount, &partial); err != nil {
		return b, err
	}
	var err error
	if b.Partial, err = rows.UnmarshalStrings([]byte(partial)); err != nil {
		return b, err
	}
	b.Created, b.Supersedes = stamp(b.Created), idOf(supersedes)
	return b, b.Scope.UnmarshalText([]byte(scope))
}

// ActiveBaseline reads the scope's newest baseline.
func (s *Store) ActiveBaseline(ctx context.Context, scope store.Scope) (*store.Baseline, error) {
	return s.baseline(ctx, "scope = $1 ORDER BY id DESC LIMIT 1", scope.String(), "active baseline of "+scope.String())
}

// Baseline reads one baseline.
func (s *Store) Baseline(ctx context.Context, id int64) (*store.Baseline, error) {
	return s.baseline(ctx, "id = $1", id, fmt.Sprintf("baseline %d", id))
}

func (s *Store) baseline(ctx context.Context, cond string, arg any, what string) (*store.Baseline, error) {
	var b *store.Baseline
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		sum, err := scanBaseline(tx.QueryRow(ctx, "SELECT "+baselineColumns+" FROM baselines WHERE "+cond, arg))
		if err != nil {
			return notFound(err, "%s", what)
		}
		b = &store.Baseline{BaselineSummary: sum}
		b.Resources, err = readResources(ctx, tx, "baseline_resources", "baseline_id", sum.ID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return b, nil
}

// Baselines lists the scope's baselines, newest first.
func (s *Store) Baselines(ctx context.Context, scope store.Scope) ([]store.BaselineSummary, error) {
	rs, err := s.pool.Query(ctx, "SELECT "+baselineColumns+" FROM baselines WHERE scope = $1 ORDER BY id DESC", scope.String())
	if err != nil {
		return nil, fmt.Errorf("postgres: baselines: %w", err)
	}
	out, err := collect(rs, func(row pgx.CollectableRow) (store.BaselineSummary, error) { return scanBaseline(row) })
	if err != nil {
		return nil, fmt.Errorf("postgres: baselines: %w", err)
	}
	return out, nil
}
