package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Backend names.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Opener opens a store from a backend's own DSN: a file path for SQLite, a postgres:// URL
// for PostgreSQL. It creates the database's schema, or migrates it, before returning.
type Opener func(ctx context.Context, dsn string) (Store, error)

var (
	backendsMu sync.RWMutex
	backends   = map[string]Opener{}
)

// Register makes a backend available to Open. The backends' packages call it from init, so
// a program that opens stores imports them for their effect:
//
//	import (
//		_ "github.com/plumbsec/plumb/internal/store/postgres"
//		_ "github.com/plumbsec/plumb/internal/store/sqlite"
//	)
func Register(name string, open Opener) {
	backendsMu.Lock()
	defer backendsMu.Unlock()
	if _, dup := backends[name]; dup {
		panic("store: backend " + name + " registered twice")
	}
	backends[name] = open
}

// Open opens the store that dsn names, creating or migrating its schema:
//
//	postgres://… or postgresql://…   PostgreSQL (a libpq URL; keyword=value strings are not taken)
//	sqlite:PATH                      SQLite, in the file PATH
//	PATH                             SQLite, in the file PATH
//	""                               SQLite, in DefaultPath()
func Open(ctx context.Context, dsn string) (Store, error) {
	backend, backendDSN, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	backendsMu.RLock()
	open := backends[backend]
	backendsMu.RUnlock()
	if open == nil {
		return nil, fmt.Errorf("store: the %s backend is not linked in (import github.com/plumbsec/plumb/internal/store/%s)", backend, backend)
	}
	return open(ctx, backendDSN)
}

// ParseDSN says which backend dsn names and what to give it.
func ParseDSN(dsn string) (backend, backendDSN string, err error) {
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return Postgres, dsn, nil
	case strings.HasPrefix(dsn, "sqlite:"):
		p := strings.TrimPrefix(dsn, "sqlite:")
		if p == "" {
			return "", "", errors.New("store: sqlite: needs a path (sqlite:PATH)")
		}
		return SQLite, p, nil
	case dsn == "":
		p, err := DefaultPath()
		return SQLite, p, err
	case strings.Contains(dsn, "://"):
		scheme, _, _ := strings.Cut(dsn, "://")
		return "", "", fmt.Errorf("store: unknown DSN scheme %q (want postgres://…, sqlite:PATH or a file path)", scheme)
	}
	return SQLite, dsn, nil
}

// DefaultPath is the SQLite file used when no DSN is given:
// $XDG_DATA_HOME/plumb/plumb.db, or ~/.local/share/plumb/plumb.db when XDG_DATA_HOME is
// not set (the XDG base directory default).
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "plumb", "plumb.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("store: no DSN given and no home directory for the default database: %w", err)
	}
	return filepath.Join(home, ".local", "share", "plumb", "plumb.db"), nil
}
