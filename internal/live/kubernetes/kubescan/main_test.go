package kubescan_test

import (
	"flag"
	"os"
	"testing"

	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

// TestMain stops the API server that the tests of this package share.
func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	kubetest.StopShared()
	os.Exit(code)
}
