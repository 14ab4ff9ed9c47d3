package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseDSN(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	for _, tc := range []struct{ dsn, backend, backendDSN string }{
		{"postgres://u@db:5432/plumb?sslmode=disable", Postgres, "postgres://u@db:5432/plumb?sslmode=disable"},
		{"postgresql://db/plumb", Postgres, "postgresql://db/plumb"},
		{"sqlite:/var/lib/plumb.db", SQLite, "/var/lib/plumb.db"},
		{"sqlite:rel/plumb.db", SQLite, "rel/plumb.db"},
		{"./plumb.db", SQLite, "./plumb.db"},
		{"C:dir?x", SQLite, "C:dir?x"},
		{"", SQLite, filepath.Join("/data", "plumb", "plumb.db")},
	} {
		b, d, err := ParseDSN(tc.dsn)
		if err != nil || b != tc.backend || d != tc.backendDSN {
			t.Errorf("ParseDSN(%q) = %q, %q, %v; want %q, %q", tc.dsn, b, d, err, tc.backend, tc.backendDSN)
		}
	}
	for _, bad := range []string{"mysql://db", "sqlite:"} {
		if _, _, err := ParseDSN(bad); err == nil {
			t.Errorf("ParseDSN(%q) accepted it", bad)
		}
	}
}

func TestDefaultPathWithoutXDG(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/u")
	p, err := DefaultPath()
	if err != nil || p != "/home/u/.local/share/plumb/plumb.db" {
		t.Errorf("DefaultPath() = %q, %v", p, err)
	}
}

func TestOpenNamesTheMissingBackend(t *testing.T) {
	_, err := Open(context.Background(), "postgres://nowhere/db")
	if err == nil || !strings.Contains(err.Error(), "import github.com/plumbsec/plumb/internal/store/postgres") {
		t.Errorf("error = %v", err)
	}
}
