package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/internal/rows"
)

// testHookResourceWritten, when set by a test, is called after each resource of a scan is
// written, inside the transaction.
var testHookResourceWritten func(n int)

// SaveScan stores the scan in one transaction.
func (s *Store) SaveScan(ctx context.Context, sc store.Scan) (int64, error) {
	if err := sc.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if id, err = insertScan(ctx, tx, &sc); err != nil {
			return err
		}
		if err := insertResources(ctx, tx, "scan_resources", "scan_id", id, sc.Resources, testHookResourceWritten); err != nil {
			return err
		}
		return insertFindings(ctx, tx, id, sc.Findings)
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: save scan: %w", err)
	}
	return id, nil
}

func insertScan(ctx context.Context, tx *sql.Tx, sc *store.Scan) (int64, error) {
	open, err := rows.MarshalOpen(sc.Summary().Open)
	if err != nil {
		return 0, err
	}
	skipped, err := rows.MarshalSkipped(sc.Skipped)
	if err != nil {
		return 0, err
	}
	diags, err := rows.MarshalDiagnostics(sc.Diagnostics)
	if err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO scans
		(scope, source, started_us, finished_us, resource_count, finding_count, open_counts, skipped, diagnostics)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		sc.Scope.String(), sc.Source, micros(sc.Started), micros(sc.Finished),
		len(sc.Resources), len(sc.Findings), string(open), string(skipped), string(diags))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// insertResources writes a snapshot's resources under owner (a scan or a baseline),
// encoding each as it goes.
func insertResources(ctx context.Context, tx *sql.Tx, table, ownerCol string, owner int64, rs []*resource.Resource, written func(int)) error {
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO "+table+" ("+ownerCol+", seq, key, type, doc) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer stmt.Close()
	var buf []byte
	for i, r := range rs {
		if buf, err = store.AppendResource(buf[:0], r); err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, owner, i, r.Key, r.Type, string(buf)); err != nil {
			return err
		}
		if written != nil {
			written(i + 1)
		}
	}
	return nil
}

func insertFindings(ctx context.Context, tx *sql.Tx, scanID int64, fs []*finding.Finding) error {
	if len(fs) == 0 {
		return nil
	}
	var rules rows.Rules
	for _, f := range fs {
		if err := rules.Add(f.Rule); err != nil {
			return err
		}
	}
	err := rules.Each(func(id string, doc []byte) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO scan_rules (scan_id, rule_id, doc) VALUES (?, ?, ?)", scanID, id, string(doc))
		return err
	})
	if err != nil {
		return err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO findings
		(scan_id, seq, rule_id, severity, status, resource_key, resource_type, module, origin, path,
		 message, location, reason, in_source, fingerprint, resource_root, triage)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, f := range fs {
		r, err := rows.FromFinding(f)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, scanID, i, r.RuleID, r.Severity, r.Status, r.ResourceKey, r.ResourceType,
			r.Module, r.Origin, string(r.Path), r.Message, string(r.Location), r.Reason, r.InSource, r.Fingerprint,
			r.ResourceRoot, string(r.Triage)); err != nil {
			return err
		}
	}
	return nil
}

const scanColumns = "id, scope, source, started_us, finished_us, resource_count, finding_count, open_counts"

type scanner interface{ Scan(dest ...any) error }

// scanSummary reads the scanColumns of a row, and the extra columns after them into extra.
func scanSummary(row scanner, extra ...any) (store.ScanSummary, error) {
	var (
		sum            store.ScanSummary
		scope, open    string
		started, ended int64
	)
	dest := []any{&sum.ID, &scope, &sum.Source, &started, &ended, &sum.ResourceCount, &sum.FindingCount, &open}
	if err := row.Scan(append(dest, extra...)...); err != nil {
		return sum, err
	}
	var err error
	if err = sum.Scope.UnmarshalText([]byte(scope)); err != nil {
		return sum, err
	}
	sum.Started, sum.Finished = fromMicros(started), fromMicros(ended)
	sum.Open, err = rows.UnmarshalOpen([]byte(open))
	return sum, err
}

// Scans lists scans, newest first.
func (s *Store) Scans(ctx context.Context, f store.ScanFilter) ([]store.ScanSummary, error) {
	var w where
	if !f.Scope.IsZero() {
		w.add("scope = ?", f.Scope.String())
	}
	if f.Source != "" {
		w.add("source = ?", f.Source)
	}
	if !f.Since.IsZero() {
		w.add("started_us >= ?", micros(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("started_us < ?", micros(f.Until))
	}
	rs, err := s.read.QueryContext(ctx, "SELECT "+scanColumns+" FROM scans"+w.String()+
		" ORDER BY started_us DESC, id DESC"+limit(f.Limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: scans: %w", err)
	}
	defer rs.Close()
	var out []store.ScanSummary
	for rs.Next() {
		sum, err := scanSummary(rs)
		if err != nil {
			return nil, fmt.Errorf("sqlite: scans: %w", err)
		}
		out = append(out, sum)
	}
	return out, rs.Err()
}

// Scan reads one whole scan.
func (s *Store) Scan(ctx context.Context, id int64) (*store.Scan, error) {
	var sc *store.Scan
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var (
			sum                  store.ScanSummary
			skipped, diagnostics string
			err                  error
		)
		row := tx.QueryRowContext(ctx, "SELECT "+scanColumns+", skipped, diagnostics FROM scans WHERE id = ?", id)
		sum, err = scanSummary(row, &skipped, &diagnostics)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("scan %d: %w", id, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		sc = &store.Scan{ID: sum.ID, Scope: sum.Scope, Source: sum.Source, Started: sum.Started, Finished: sum.Finished}
		if sc.Skipped, err = rows.UnmarshalSkipped([]byte(skipped)); err != nil {
			return err
		}
		if sc.Diagnostics, err = rows.UnmarshalDiagnostics([]byte(diagnostics)); err != nil {
			return err
		}
		if sc.Resources, err = readResources(ctx, tx, "scan_resources", "scan_id", id); err != nil {
			return err
		}
		sc.Findings, err = readFindings(ctx, tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return sc, nil
}

// Findings reads one scan's findings.
func (s *Store) Findings(ctx context.Context, scanID int64) ([]*finding.Finding, error) {
	var fs []*finding.Finding
	err := s.readTx(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, "SELECT 1 FROM scans WHERE id = ?", scanID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("scan %d: %w", scanID, store.ErrNotFound)
		}
		if err != nil {
			return err
		}
		fs, err = readFindings(ctx, tx, scanID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return fs, nil
}

func readResources(ctx context.Context, tx *sql.Tx, table, ownerCol string, owner int64) ([]*resource.Resource, error) {
	rs, err := tx.QueryContext(ctx, "SELECT doc FROM "+table+" WHERE "+ownerCol+" = ? ORDER BY seq", owner)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*resource.Resource
	for rs.Next() {
		var doc []byte
		if err := rs.Scan(&doc); err != nil {
			return nil, err
		}
		r, err := store.UnmarshalResource(doc)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

func readFindings(ctx context.Context, tx *sql.Tx, scanID int64) ([]*finding.Finding, error) {
	rules := map[string]*finding.Rule{}
	rs, err := tx.QueryContext(ctx, "SELECT rule_id, doc FROM scan_rules WHERE scan_id = ?", scanID)
	if err != nil {
		return nil, err
	}
	for rs.Next() {
		var id string
		var doc []byte
		if err := rs.Scan(&id, &doc); err != nil {
			rs.Close()
			return nil, err
		}
		if rules[id], err = rows.UnmarshalRule(doc); err != nil {
			rs.Close()
			return nil, err
		}
	}
	if err := errors.Join(rs.Err(), rs.Close()); err != nil {
		return nil, err
	}

	rs, err = tx.QueryContext(ctx, `SELECT rule_id, severity, status, resource_key, resource_type, module, origin, path,
		message, location, reason, in_source, fingerprint, resource_root, triage FROM findings WHERE scan_id = ? ORDER BY seq`, scanID)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []*finding.Finding
	for rs.Next() {
		var r rows.Finding
		if err := rs.Scan(&r.RuleID, &r.Severity, &r.Status, &r.ResourceKey, &r.ResourceType, &r.Module, &r.Origin,
			&r.Path, &r.Message, &r.Location, &r.Reason, &r.InSource, &r.Fingerprint, &r.ResourceRoot, &r.Triage); err != nil {
			return nil, err
		}
		f, err := r.Finding(rules)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rs.Err()
}
