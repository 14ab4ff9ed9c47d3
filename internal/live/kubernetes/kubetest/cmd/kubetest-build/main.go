// Command kubetest-build builds the etcd and kube-apiserver binaries that the live Kubernetes
// tests start, into ${PLUMB_CACHE:-$HOME/.cache/plumb}/k8s-<version>/, and prints that
// directory. It does nothing when they are already built. `make test` runs it first so the
// cold build (minutes) is not charged to one test's timeout.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bins, err := kubetest.Build(ctx, kubetest.Version, func(s string) { fmt.Fprintln(os.Stderr, "kubetest:", s) })
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(bins.Dir)
}
