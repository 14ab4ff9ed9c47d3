package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/plumbsec/plumb/internal/store"
)

// SetEnforcement sets the scope's enforcement and audits the change, in one transaction.
// An advisory lock on the scope keeps the audited "before" exact across servers.
func (s *Store) SetEnforcement(ctx context.Context, scope store.Scope, e store.Enforcement) error {
	if scope.IsZero() {
		return errors.New("enforcement: scope is required")
	}
	if err := e.Validate(); err != nil {
		return err
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		if err := lockScope(ctx, tx, "enforcement", scope); err != nil {
			return err
		}
		e.Updated = store.Now()
		before, err := enforcement(ctx, tx, scope)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO enforcement (scope, mode, paused, reason, updated_by, updated)
			VALUES ($1, $2, $3, $4, $5, $6)
			ON CONFLICT (scope) DO UPDATE SET mode = excluded.mode, paused = excluded.paused,
				reason = excluded.reason, updated_by = excluded.updated_by, updated = excluded.updated`,
			scope.String(), e.Mode.String(), e.Paused, e.Reason, e.By, e.Updated); err != nil {
			return err
		}
		_, err = appendAudit(ctx, tx, store.AuditEntry{
			At: e.Updated, Actor: e.By, Scope: scope, Action: store.ActionEnforcementSet,
			Before: before.AuditJSON(), After: e.AuditJSON(), Reason: e.Reason,
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("postgres: set enforcement of %s: %w", scope, err)
	}
	return nil
}

// Enforcement reads the scope's setting.
func (s *Store) Enforcement(ctx context.Context, scope store.Scope) (store.Enforcement, error) {
	e, err := enforcement(ctx, s.pool, scope)
	if err != nil {
		return e, fmt.Errorf("postgres: enforcement of %s: %w", scope, err)
	}
	return e, nil
}

type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func enforcement(ctx context.Context, q querier, scope store.Scope) (store.Enforcement, error) {
	var (
		e    store.Enforcement
		mode string
	)
	err := q.QueryRow(ctx, "SELECT mode, paused, reason, updated_by, updated FROM enforcement WHERE scope = $1",
		scope.String()).Scan(&mode, &e.Paused, &e.Reason, &e.By, &e.Updated)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.Enforcement{}, nil
	}
	if err != nil {
		return e, err
	}
	e.Updated = stamp(e.Updated)
	e.Mode, err = store.ParseEnforcementMode(mode)
	return e, err
}

// AppendAudit appends an entry to the audit log.
func (s *Store) AppendAudit(ctx context.Context, e store.AuditEntry) (int64, error) {
	if err := e.Validate(); err != nil {
		return 0, err
	}
	id, err := appendAudit(ctx, s.pool, e)
	if err != nil {
		return 0, fmt.Errorf("postgres: append audit: %w", err)
	}
	return id, nil
}

func appendAudit(ctx context.Context, q querier, e store.AuditEntry) (int64, error) {
	if e.At.IsZero() {
		e.At = store.Now()
	}
	var id int64
	err := q.QueryRow(ctx, `INSERT INTO audit (at, actor, scope, action, target, before, after, reason)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		stamp(e.At), e.Actor, e.Scope.String(), e.Action, e.Target, nullText(e.Before), nullText(e.After), e.Reason).Scan(&id)
	return id, err
}

func nullText(b []byte) *string {
	if b == nil {
		return nil
	}
	s := string(b)
	return &s
}

// Audit lists audit entries, newest first.
func (s *Store) Audit(ctx context.Context, f store.AuditFilter) ([]store.AuditEntry, error) {
	var w where
	if !f.Scope.IsZero() {
		w.add("scope = ?", f.Scope.String())
	}
	if f.Actor != "" {
		w.add("actor = ?", f.Actor)
	}
	if f.Action != "" {
		w.add("action = ?", f.Action)
	}
	if !f.Since.IsZero() {
		w.add("at >= ?", stamp(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("at < ?", stamp(f.Until))
	}
	rs, err := s.pool.Query(ctx, "SELECT id, at, actor, scope, action, target, before::text, after::text, reason FROM audit"+
		w.String()+" ORDER BY at DESC, id DESC"+limit(f.Limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: audit: %w", err)
	}
	out, err := collect(rs, func(row pgx.CollectableRow) (store.AuditEntry, error) {
		var (
			e             store.AuditEntry
			scope         string
			before, after *string
		)
		if err := row.Scan(&e.ID, &e.At, &e.Actor, &scope, &e.Action, &e.Target, &before, &after, &e.Reason); err != nil {
			return e, err
		}
		e.At = stamp(e.At)
		if before != nil {
			e.Before = []byte(*before)
		}
		if after != nil {
			e.After = []byte(*after)
		}
		return e, e.Scope.UnmarshalText([]byte(scope))
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: audit: %w", err)
	}
	return out, nil
}
