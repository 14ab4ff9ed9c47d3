package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/plumbsec/plumb/internal/store"
)

// SetEnforcement sets the scope's enforcement and audits the change, in one transaction.
func (s *Store) SetEnforcement(ctx context.Context, scope store.Scope, e store.Enforcement) error {
	if scope.IsZero() {
		return errors.New("enforcement: scope is required")
	}
	if err := e.Validate(); err != nil {
		return err
	}
	e.Updated = store.Now()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		before, err := enforcement(ctx, tx, scope)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO enforcement (scope, mode, paused, reason, updated_by, updated_us)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (scope) DO UPDATE SET mode = excluded.mode, paused = excluded.paused,
				reason = excluded.reason, updated_by = excluded.updated_by, updated_us = excluded.updated_us`,
			scope.String(), e.Mode.String(), e.Paused, e.Reason, e.By, micros(e.Updated)); err != nil {
			return err
		}
		_, err = appendAudit(ctx, tx, store.AuditEntry{
			At: e.Updated, Actor: e.By, Scope: scope, Action: store.ActionEnforcementSet,
			Before: before.AuditJSON(), After: e.AuditJSON(), Reason: e.Reason,
		})
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: set enforcement of %s: %w", scope, err)
	}
	return nil
}

// Enforcement reads the scope's setting.
func (s *Store) Enforcement(ctx context.Context, scope store.Scope) (store.Enforcement, error) {
	var e store.Enforcement
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		e, err = enforcement(ctx, tx, scope)
		return err
	})
	if err != nil {
		return e, fmt.Errorf("sqlite: enforcement of %s: %w", scope, err)
	}
	return e, nil
}

func enforcement(ctx context.Context, tx *sql.Tx, scope store.Scope) (store.Enforcement, error) {
	var (
		e       store.Enforcement
		mode    string
		updated int64
	)
	err := tx.QueryRowContext(ctx, "SELECT mode, paused, reason, updated_by, updated_us FROM enforcement WHERE scope = ?",
		scope.String()).Scan(&mode, &e.Paused, &e.Reason, &e.By, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Enforcement{}, nil
	}
	if err != nil {
		return e, err
	}
	e.Updated = fromMicros(updated)
	e.Mode, err = store.ParseEnforcementMode(mode)
	return e, err
}

// AppendAudit appends an entry to the audit log.
func (s *Store) AppendAudit(ctx context.Context, e store.AuditEntry) (int64, error) {
	if err := e.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = appendAudit(ctx, tx, e)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: append audit: %w", err)
	}
	return id, nil
}

func appendAudit(ctx context.Context, tx *sql.Tx, e store.AuditEntry) (int64, error) {
	if e.At.IsZero() {
		e.At = store.Now()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO audit (at_us, actor, scope, action, target, before, after, reason)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		micros(e.At), e.Actor, e.Scope.String(), e.Action, e.Target, nullText(e.Before), nullText(e.After), e.Reason)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func nullText(b []byte) any {
	if b == nil {
		return nil
	}
	return string(b)
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
		w.add("at_us >= ?", micros(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("at_us < ?", micros(f.Until))
	}
	rs, err := s.read.QueryContext(ctx, "SELECT id, at_us, actor, scope, action, target, before, after, reason FROM audit"+
		w.String()+" ORDER BY at_us DESC, id DESC"+limit(f.Limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: audit: %w", err)
	}
	defer rs.Close()
	var out []store.AuditEntry
	for rs.Next() {
		var (
			e             store.AuditEntry
			at            int64
			scope         string
			before, after sql.NullString
		)
		if err := rs.Scan(&e.ID, &at, &e.Actor, &scope, &e.Action, &e.Target, &before, &after, &e.Reason); err != nil {
			return nil, fmt.Errorf("sqlite: audit: %w", err)
		}
		if err := e.Scope.UnmarshalText([]byte(scope)); err != nil {
			return nil, fmt.Errorf("sqlite: audit: %w", err)
		}
		e.At = fromMicros(at)
		if before.Valid {
			e.Before = []byte(before.String)
		}
		if after.Valid {
			e.After = []byte(after.String)
		}
		out = append(out, e)
	}
	return out, rs.Err()
}
