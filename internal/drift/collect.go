package drift

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/tfplan"
	liveaws "github.com/plumbsec/plumb/internal/live/aws"
	livek8s "github.com/plumbsec/plumb/internal/live/kubernetes"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Sources say how to reach what scopes name: the kubeconfig of Kubernetes contexts, the
// AWS profile and endpoint. The zero value uses each SDK's defaults.
type Sources struct {
	// Kubeconfig is an explicit kubeconfig path; empty means $KUBECONFIG, ~/.kube/config,
	// then in-cluster.
	Kubeconfig string
	// Kubernetes, when set, replaces the kubeconfig altogether (tests, embedding): it holds
	// everything but the scope, which Collector sets.
	Kubernetes *livek8s.Options
	// AWSProfile is a shared-config profile; AWSEndpoint points every AWS service at a local
	// target such as moto.
	AWSProfile, AWSEndpoint string
}

// Collector returns the function that reads scope's state now: the live API of a
// Kubernetes or AWS scope, the state file of a tfstate scope. The snapshot's resources are
// canonical, and its Partial names the types that could not be read in full.
func Collector(scope store.Scope, src Sources) (func(ctx context.Context) (*Snapshot, error), error) {
	switch scope.Kind() {
	case store.ScopeKubernetes:
		opts := livek8s.Options{Kubeconfig: src.Kubeconfig}
		if src.Kubernetes != nil {
			opts = *src.Kubernetes
		}
		opts.Scope = scope
		return func(ctx context.Context) (*Snapshot, error) { return collectKubernetes(ctx, opts) }, nil
	case store.ScopeAWS:
		opts := liveaws.Options{Account: scope.Account(), Regions: []string{scope.Region()},
			Profile: src.AWSProfile, Endpoint: src.AWSEndpoint}
		return func(ctx context.Context) (*Snapshot, error) { return collectAWS(ctx, scope, opts) }, nil
	case store.ScopeTFState:
		return func(ctx context.Context) (*Snapshot, error) { return readState(ctx, scope) }, nil
	}
	return nil, fmt.Errorf("drift: %q is not a scope (want kubernetes:CONTEXT[/NAMESPACE], aws:ACCOUNT/REGION or tfstate:PATH)", scope)
}

func collectKubernetes(ctx context.Context, opts livek8s.Options) (*Snapshot, error) {
	c, err := livek8s.New(opts)
	if err != nil {
		return nil, err
	}
	snap, err := c.Collect(ctx)
	if err != nil {
		return nil, err
	}
	return &Snapshot{Scope: snap.Scope, Resources: adapt.Canonical(snap.Resources), Partial: snap.Partial,
		Diagnostics: snap.Diagnostics, Collected: snap.Collected}, nil
}

func collectAWS(ctx context.Context, scope store.Scope, opts liveaws.Options) (*Snapshot, error) {
	snap, err := liveaws.Collect(ctx, opts)
	if err != nil {
		return nil, err
	}
	// The collector's resources are canonical already; passing them through adapt again
	// would merge what is merged.
	return &Snapshot{Scope: scope, Resources: snap.Resources, Partial: snap.Partial,
		Diagnostics: snap.Diagnostics, Collected: snap.Collected}, nil
}

// readState reads a tfstate scope's state file. A state that cannot be read in full is an
// error rather than a partial snapshot: a state file has no parts that may be missing.
func readState(ctx context.Context, scope store.Scope) (*Snapshot, error) {
	path := scope.Path()
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("tfstate: %w", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	started := time.Now().UTC()
	res := tfplan.Load(ctx, filepath.Dir(abs), []string{abs})
	if res.Diagnostics.HasErrors() {
		return nil, fmt.Errorf("tfstate %s: %w", path, diagnosticsError(res.Diagnostics))
	}
	return &Snapshot{Scope: scope, Resources: adapt.Canonical(res.Resources), Diagnostics: res.Diagnostics,
		Collected: started}, nil
}

func diagnosticsError(ds resource.Diagnostics) error {
	for _, d := range ds {
		if d.Error {
			return fmt.Errorf("%s", d.String())
		}
	}
	return nil
}
