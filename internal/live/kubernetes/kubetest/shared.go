package kubetest

import (
	"context"
	"os"
	"sync"
	"testing"
)

// shared is the one server of a test binary that Shared hands out.
var shared struct {
	once sync.Once
	srv  *Server
	dir  string
	err  error
}

// Shared returns one API server for every test of the package that calls it, started on
// first use, so a package pays the start (seconds) once. Tests keep apart by working in
// namespaces of their own. The package's TestMain must call StopShared after m.Run.
// Under -short it skips tb; otherwise a failure to build or start fails tb.
func Shared(tb testing.TB) *Server {
	tb.Helper()
	if testing.Short() {
		tb.Skip("kubetest: skipping the real kube-apiserver under -short (run without -short; the first run builds it, minutes)")
	}
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "kubetest-")
		if shared.err == nil {
			shared.srv, shared.err = New(context.Background(), shared.dir, tb.Logf)
		}
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.srv
}

// StopShared stops the server Shared started, if any, and removes its directory.
func StopShared() {
	if shared.srv != nil {
		shared.srv.Stop()
	}
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
}
