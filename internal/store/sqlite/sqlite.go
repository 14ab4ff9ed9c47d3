package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/internal/migration"
)

// BusyTimeout is how long a write waits for another process's write to finish.
const BusyTimeout = 30 * time.Second

//go:embed migrations/*.sql
var migrationFiles embed.FS

func init() {
	store.Register(store.SQLite, func(ctx context.Context, path string) (store.Store, error) {
		return Open(ctx, path)
	})
}

// Store is a store in one SQLite file.
type Store struct {
	path  string
	write *sql.DB // one connection; every transaction BEGIN IMMEDIATE
	read  *sql.DB
}

var _ store.Store = (*Store)(nil)

// Open opens (creating it, and its directory, if need be) the database at path and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	s := &Store{path: abs}
	if err := s.openWriter(ctx); err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", abs, err)
	}
	if s.read, err = sql.Open("sqlite", dsn(abs, "_pragma=query_only(1)")); err != nil {
		s.write.Close()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	s.read.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	return s, nil
}

// openWriter opens the single write connection and migrates the schema. Two processes that
// create the same new file at once can meet SQLITE_BUSY while one switches it to WAL, a step
// SQLite does not wait out with the busy timeout: that is retried until the timeout passes.
func (s *Store) openWriter(ctx context.Context) error {
	deadline := time.Now().Add(BusyTimeout)
	for {
		w, err := sql.Open("sqlite", dsn(s.path, "_txlock=immediate"))
		if err != nil {
			return err
		}
		w.SetMaxOpenConns(1)
		w.SetConnMaxIdleTime(0)
		s.write = w
		err = s.migrate(ctx)
		if err == nil {
			return nil
		}
		w.Close()
		if !isBusy(err) || time.Now().After(deadline) || ctx.Err() != nil {
			return err
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func isBusy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

// dsn is the driver's DSN for the file at abs: a file: URI (so that no character of the
// path is read as a parameter) with the settings every connection gets.
func dsn(abs string, extra string) string {
	u := url.URL{Scheme: "file", Path: abs}
	q := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)",
		BusyTimeout.Milliseconds())
	if extra != "" {
		q += "&" + extra
	}
	return u.String() + "?" + q
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Close closes the store's connections.
func (s *Store) Close() error {
	return errors.Join(s.read.Close(), s.write.Close())
}

// IntegrityCheck runs SQLite's integrity check over the whole file and returns an error
// listing the problems it found, if any.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	rs, err := s.read.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	defer rs.Close()
	var problems []error
	for rs.Next() {
		var line string
		if err := rs.Scan(&line); err != nil {
			return err
		}
		if line != "ok" {
			problems = append(problems, errors.New(line))
		}
	}
	if err := rs.Err(); err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("sqlite: %s fails its integrity check: %w", s.path, errors.Join(problems...))
	}
	return nil
}

// Backup writes a consistent copy of the database to a new file at dest (VACUUM INTO),
// while the store stays in use.
func (s *Store) Backup(ctx context.Context, dest string) error {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return err
	}
	// Not through the read pool, whose connections are query-only (which VACUUM INTO is
	// not, though it writes only dest), nor the write connection, which writers wait for.
	db, err := sql.Open("sqlite", dsn(s.path, ""))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", abs); err != nil {
		return fmt.Errorf("sqlite: backup to %s: %w", abs, err)
	}
	return nil
}

// inTx runs fn in a write transaction and commits it if fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		return errors.Join(err, ignoreDone(tx.Rollback()))
	}
	return tx.Commit()
}

// readTx runs fn in a read transaction, so that what it reads in several queries is one
// committed state.
func (s *Store) readTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.read.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

func ignoreDone(err error) error {
	if errors.Is(err, sql.ErrTxDone) {
		return nil
	}
	return err
}

func (s *Store) migrate(ctx context.Context) error {
	all, err := migration.Load(migrationFiles, "migrations")
	if err != nil {
		return err
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    INTEGER PRIMARY KEY,
			name       TEXT    NOT NULL,
			applied_us INTEGER NOT NULL)`); err != nil {
			return err
		}
		applied := map[int]bool{}
		rs, err := tx.QueryContext(ctx, "SELECT version FROM schema_migrations")
		if err != nil {
			return err
		}
		for rs.Next() {
			var v int
			if err := rs.Scan(&v); err != nil {
				rs.Close()
				return err
			}
			applied[v] = true
		}
		if err := errors.Join(rs.Err(), rs.Close()); err != nil {
			return err
		}
		pending, err := migration.Pending(all, applied)
		if err != nil {
			return err
		}
		for _, m := range pending {
			if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %04d_%s: %w", m.Version, m.Name, err)
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_us) VALUES (?, ?, ?)",
				m.Version, m.Name, micros(store.Now())); err != nil {
				return err
			}
		}
		return nil
	})
}

func micros(t time.Time) int64 { return store.Timestamp(t).UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// where builds a WHERE clause from conditions whose arguments are given in order.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, arg any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, arg)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	s := " WHERE " + w.conds[0]
	for _, c := range w.conds[1:] {
		s += " AND " + c
	}
	return s
}

func limit(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}
