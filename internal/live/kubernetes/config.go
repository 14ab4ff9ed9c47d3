package kubernetes

import (
	"errors"
	"fmt"
	"os"

	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"

	"github.com/plumbsec/plumb/internal/store"
)

// InClusterContext is the context name of the credentials a pod gets from its service
// account, used when no kubeconfig is found and the process runs in a cluster.
const InClusterContext = "in-cluster"

// Options say which cluster to read and how.
type Options struct {
	// Scope is kubernetes:CONTEXT[/NAMESPACE]. The zero Scope means the kubeconfig's current
	// context, whole cluster.
	Scope store.Scope
	// Kubeconfig is an explicit kubeconfig path; empty means $KUBECONFIG (a list of paths,
	// merged as kubectl does), then ~/.kube/config, then the in-cluster service account.
	Kubeconfig string
	// REST, when set, is used instead of any kubeconfig (tests, embedding); Scope must then
	// name the context it stands for.
	REST *rest.Config
	// PageSize is the Limit of each list call; 0 means 500.
	PageSize int64
	// Kinds to list; nil means Kinds().
	Kinds []Kind
	// KeepOwned keeps objects whose controller is an object of a listed kind (the
	// ReplicaSets of a Deployment, the Pods of a ReplicaSet, the Jobs of a CronJob). By
	// default they are left out: their configuration is their owner's template, which is
	// collected and judged, and a manifest never declares them.
	KeepOwned bool
}

// restConfig resolves the REST config and the context name the options stand for.
func restConfig(opts Options) (*rest.Config, string, error) {
	if opts.REST != nil {
		if opts.Scope.IsZero() {
			return nil, "", errors.New("kubernetes: a REST config needs a scope that names its context")
		}
		return rest.CopyConfig(opts.REST), opts.Scope.Context(), nil
	}
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	if opts.Kubeconfig != "" {
		rules.ExplicitPath = opts.Kubeconfig
	}
	raw, err := rules.Load()
	if err != nil {
		return nil, "", fmt.Errorf("kubernetes: reading kubeconfig: %w", err)
	}
	context := opts.Scope.Context()
	if context == "" {
		context = raw.CurrentContext
	}
	if len(raw.Contexts) == 0 && opts.Kubeconfig == "" && (context == "" || context == InClusterContext) {
		cfg, err := rest.InClusterConfig()
		if err != nil {
			return nil, "", fmt.Errorf("kubernetes: no kubeconfig (%s or ~/.kube/config) and not in a cluster: %w", clientcmd.RecommendedConfigPathEnvVar, err)
		}
		return cfg, InClusterContext, nil
	}
	if context == "" {
		return nil, "", errors.New("kubernetes: the kubeconfig has no current context; name one with --scope kubernetes:CONTEXT")
	}
	if _, ok := raw.Contexts[context]; !ok {
		return nil, "", fmt.Errorf("kubernetes: context %q is not in the kubeconfig (%s)", context, kubeconfigNames(rules))
	}
	cc := clientcmd.NewNonInteractiveClientConfig(*raw, context, &clientcmd.ConfigOverrides{}, rules)
	cfg, err := cc.ClientConfig()
	if err != nil {
		return nil, "", fmt.Errorf("kubernetes: context %q: %w", context, err)
	}
	return cfg, context, nil
}

func kubeconfigNames(rules *clientcmd.ClientConfigLoadingRules) string {
	if rules.ExplicitPath != "" {
		return rules.ExplicitPath
	}
	if v := os.Getenv(clientcmd.RecommendedConfigPathEnvVar); v != "" {
		return v
	}
	return clientcmd.RecommendedHomeFile
}
