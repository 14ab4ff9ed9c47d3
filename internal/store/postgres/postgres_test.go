package postgres_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/plumbsec/plumb/internal/store/postgres/pgtest"
	"github.com/plumbsec/plumb/internal/store/storetest"
)

// server is the one PostgreSQL server the package's tests share; serverErr says why there
// is none.
var (
	server    *pgtest.Server
	serverErr error
)

func TestMain(m *testing.M) {
	if crashHelperRequested() {
		crashHelper()
		return
	}
	flag.Parse()
	server, serverErr = pgtest.Start()
	code := m.Run()
	if server != nil {
		if err := server.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
	os.Exit(code)
}

// requireServer fails the test, saying what to install, when there is no server; with
// -short it skips it instead.
func requireServer(t testing.TB) {
	t.Helper()
	if serverErr != nil {
		if testing.Short() {
			t.Skipf("-short: %v", serverErr)
		}
		t.Fatal(serverErr)
	}
}

// newDatabase returns the DSN of a new, empty database on the shared server.
func newDatabase(t testing.TB) string {
	t.Helper()
	requireServer(t)
	dsn, err := server.NewDatabase(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return dsn
}

func TestStore(t *testing.T) {
	requireServer(t) // once, rather than in every subtest
	storetest.Run(t, func(t *testing.T) string { return newDatabase(t) })
}
