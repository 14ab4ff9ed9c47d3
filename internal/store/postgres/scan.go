package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/internal/rows"
)

// testHookResourceWritten, when set by a test, is called as each resource of a scan is
// handed to COPY, inside the transaction.
var testHookResourceWritten func(n int)

// SaveScan stores the scan in one transaction.
func (s *Store) SaveScan(ctx context.Context, sc store.Scan) (int64, error) {
	if err := sc.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		var err error
		if id, err = insertScan(ctx, tx, &sc); err != nil {
			return err
		}
		if err := copyResources(ctx, tx, "scan_resources", "scan_id", id, sc.Resources, testHookResourceWritten); err != nil {
			return err
		}
		return copyFindings(ctx, tx, id, sc.Findings)
	})
	if err != nil {
		return 0, fmt.Errorf("postgres: save scan: %w", err)
	}
	return id, nil
}

func insertScan(ctx context.Context, tx pgx.Tx, sc *store.Scan) (int64, error) {
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
	var id int64
	err = tx.QueryRow(ctx, `INSERT INTO scans
		(scope, source, started, finished, resource_count, finding_count, open_counts, skipped, diagnostics)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		sc.Scope.String(), sc.Source, stamp(sc.Started), stamp(sc.Finished),
		len(sc.Resources), len(sc.Findings), string(open), string(skipped), string(diags)).Scan(&id)
	return id, err
}

// resourceRows feeds a snapshot to COPY, encoding each resource as COPY asks for it.
type resourceRows struct {
	owner   int64
	rs      []*resource.Resource
	i       int
	row     []any
	err     error
	written func(int)
}

func (r *resourceRows) Next() bool {
	if r.err != nil || r.i >= len(r.rs) {
		return false
	}
	res := r.rs[r.i]
	doc, err := store.MarshalResource(res)
	if err != nil {
		r.err = err
		return false
	}
	r.row = []any{r.owner, r.i, res.Key, res.Type, string(doc)}
	r.i++
	if r.written != nil {
		r.written(r.i)
	}
	return true
}

func (r *resourceRows) Values() ([]any, error) { return r.row, nil }
func (r *resourceRows) Err() error             { return r.err }

func copyResources(ctx context.Context, tx pgx.Tx, table, ownerCol string, owner int64, rs []*resource.Resource, written func(int)) error {
	if len(rs) == 0 {
		return nil
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{table}, []string{ownerCol, "seq", "key", "type", "doc"},
		&resourceRows{owner: owner, rs: rs, written: written})
	return err
}

func copyFindings(ctx context.Context, tx pgx.Tx, scanID int64, fs []*finding.Finding) error {
	if len(fs) == 0 {
		return nil
	}
	var rules rows.Rules
	for _, f := range fs {
		if err := rules.Add(f.Rule); err != nil {
			return err
		}
	}
	var ruleRows [][]any
	_ = rules.Each(func(id string, doc []byte) error {
		ruleRows = append(ruleRows, []any{scanID, id, string(doc)})
		return nil
	})
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"scan_rules"}, []string{"scan_id", "rule_id", "doc"}, pgx.CopyFromRows(ruleRows)); err != nil {
		return err
	}
	i := 0
	src := pgx.CopyFromFunc(func() ([]any, error) {
		if i >= len(fs) {
			return nil, nil
		}
		r, err := rows.FromFinding(fs[i])
		if err != nil {
			return nil, err
		}
		i++
		return []any{scanID, i - 1, r.RuleID, r.Severity, r.Status, r.ResourceKey, r.ResourceType, r.Module, r.Origin,
			string(r.Path), r.Message, string(r.Location), r.Reason, r.InSource, r.Fingerprint, r.ResourceRoot, string(r.Triage)}, nil
	})
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"findings"}, []string{"scan_id", "seq", "rule_id", "severity", "status",
		"resource_key", "resource_type", "module", "origin", "path", "message", "location", "reason", "in_source", "fingerprint",
		"resource_root", "triage"}, src)
	return err
}

const scanColumns = "id, scope, source, started, finished, resource_count, finding_count, open_counts::text"

// scanSummary reads the scanColumns of a row, and the extra columns after them into extra.
func scanSummary(row pgx.Row, extra ...any) (store.ScanSummary, error) {
	var (
		sum         store.ScanSummary
		scope, open string
	)
	dest := []any{&sum.ID, &scope, &sum.Source, &sum.Started, &sum.Finished, &sum.ResourceCount, &sum.FindingCount, &open}
	if err := row.Scan(append(dest, extra...)...); err != nil {
		return sum, err
	}
	var err error
	if err = sum.Scope.UnmarshalText([]byte(scope)); err != nil {
		return sum, err
	}
	sum.Started, sum.Finished = stamp(sum.Started), stamp(sum.Finished)
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
		w.add("started >= ?", stamp(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("started < ?", stamp(f.Until))
	}
	rs, err := s.pool.Query(ctx, "SELECT "+scanColumns+" FROM scans"+w.String()+
		" ORDER BY started DESC, id DESC"+limit(f.Limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: scans: %w", err)
	}
	out, err := collect(rs, func(row pgx.CollectableRow) (store.ScanSummary, error) { return scanSummary(row) })
	if err != nil {
		return nil, fmt.Errorf("postgres: scans: %w", err)
	}
	return out, nil
}

// Scan reads one whole scan.
func (s *Store) Scan(ctx context.Context, id int64) (*store.Scan, error) {
	var sc *store.Scan
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var skipped, diagnostics string
		sum, err := scanSummary(tx.QueryRow(ctx, "SELECT "+scanColumns+", skipped::text, diagnostics::text FROM scans WHERE id = $1", id),
			&skipped, &diagnostics)
		if err != nil {
			return notFound(err, "scan %d", id)
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
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return sc, nil
}

// Findings reads one scan's findings.
func (s *Store) Findings(ctx context.Context, scanID int64) ([]*finding.Finding, error) {
	var fs []*finding.Finding
	err := s.readTx(ctx, func(tx pgx.Tx) error {
		var one int
		if err := tx.QueryRow(ctx, "SELECT 1 FROM scans WHERE id = $1", scanID).Scan(&one); err != nil {
			return notFound(err, "scan %d", scanID)
		}
		var err error
		fs, err = readFindings(ctx, tx, scanID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return fs, nil
}

func readResources(ctx context.Context, tx pgx.Tx, table, ownerCol string, owner int64) ([]*resource.Resource, error) {
	rs, err := tx.Query(ctx, "SELECT doc::text FROM "+table+" WHERE "+ownerCol+" = $1 ORDER BY seq", owner)
	if err != nil {
		return nil, err
	}
	var out []*resource.Resource
	var doc []byte
	_, err = pgx.ForEachRow(rs, []any{&doc}, func() error {
		r, err := store.UnmarshalResource(doc)
		if err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

func readFindings(ctx context.Context, tx pgx.Tx, scanID int64) ([]*finding.Finding, error) {
	rules := map[string]*finding.Rule{}
	rs, err := tx.Query(ctx, "SELECT rule_id, doc::text FROM scan_rules WHERE scan_id = $1", scanID)
	if err != nil {
		return nil, err
	}
	var (
		id  string
		doc []byte
	)
	if _, err := pgx.ForEachRow(rs, []any{&id, &doc}, func() error {
		var err error
		rules[id], err = rows.UnmarshalRule(doc)
		return err
	}); err != nil {
		return nil, err
	}

	rs, err = tx.Query(ctx, `SELECT rule_id, severity, status, resource_key, resource_type, module, origin, path::text,
		message, location::text, reason, in_source, fingerprint, resource_root, triage FROM findings WHERE scan_id = $1 ORDER BY seq`, scanID)
	if err != nil {
		return nil, err
	}
	var out []*finding.Finding
	var r rows.Finding
	_, err = pgx.ForEachRow(rs, []any{&r.RuleID, &r.Severity, &r.Status, &r.ResourceKey, &r.ResourceType, &r.Module, &r.Origin,
		&r.Path, &r.Message, &r.Location, &r.Reason, &r.InSource, &r.Fingerprint, &r.ResourceRoot, &r.Triage}, func() error {
		f, err := r.Finding(rules)
		if err != nil {
			return err
		}
		out = append(out, f)
		return nil
	})
	return out, err
}
