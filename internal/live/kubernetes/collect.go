package kubernetes

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/discovery"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/metadata"
	"k8s.io/client-go/rest"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// Snapshot is the live state of a scope at one time.
type Snapshot struct {
	Scope store.Scope
	// Resources are the canonical-ready resources (adapt.Canonical links them), sorted by
	// key.
	Resources []*resource.Resource
	// Partial names, sorted, the kinds that were not collected (forbidden, not served, or
	// failed): their absence from Resources says nothing about the cluster.
	Partial []string
	// Diagnostics say why each partial kind is missing.
	Diagnostics resource.Diagnostics
	// Collected is when the collection started.
	Collected time.Time
}

// Collector reads one scope of one cluster.
type Collector struct {
	scope    store.Scope
	rest     *rest.Config
	dyn      dynamic.Interface
	meta     metadata.Interface
	disc     discovery.DiscoveryInterface
	kinds    []Kind
	listed   map[string]bool // group + "/" + kind of every kind listed, for owner checks
	pageSize int64
	keep     bool
}

// defaultPageSize is the Limit of each list call: large enough that 10k objects take 20
// requests, small enough that a page stays a few megabytes.
const defaultPageSize = 500

// New opens a collector on opts.Scope. It reads the kubeconfig but does not contact the
// cluster.
func New(opts Options) (*Collector, error) {
	cfg, context, err := restConfig(opts)
	if err != nil {
		return nil, err
	}
	scope, err := store.NewKubernetesScope(context, opts.Scope.Namespace())
	if err != nil {
		return nil, err
	}
	// client-go's default of 5 requests a second would throttle a collection of a large
	// cluster to seconds; the API server's own priority and fairness protects it.
	if cfg.QPS == 0 {
		cfg.QPS, cfg.Burst = 100, 200
	}
	if cfg.UserAgent == "" {
		cfg.UserAgent = "plumb"
	}
	// The kinds listed are stable v1 APIs; a warning header would only reach stderr
	// through klog, in the middle of a report.
	cfg.WarningHandler = rest.NoWarnings{}
	c := &Collector{scope: scope, rest: cfg, kinds: opts.Kinds, pageSize: opts.PageSize, keep: opts.KeepOwned}
	if c.kinds == nil {
		c.kinds = Kinds()
	}
	if c.pageSize <= 0 {
		c.pageSize = defaultPageSize
	}
	c.listed = map[string]bool{}
	for _, k := range c.kinds {
		c.listed[k.Group+"/"+k.Kind] = true
	}
	if c.dyn, err = dynamic.NewForConfig(cfg); err != nil {
		return nil, fmt.Errorf("kubernetes: %w", err)
	}
	if c.meta, err = metadata.NewForConfig(cfg); err != nil {
		return nil, fmt.Errorf("kubernetes: %w", err)
	}
	if c.disc, err = discovery.NewDiscoveryClientForConfig(cfg); err != nil {
		return nil, fmt.Errorf("kubernetes: %w", err)
	}
	return c, nil
}

// Scope is the scope the collector reads, with the context resolved.
func (c *Collector) Scope() store.Scope { return c.scope }

// Ping checks that the API server answers and accepts the credentials.
func (c *Collector) Ping(ctx context.Context) error {
	res := c.disc.RESTClient().Get().AbsPath("/version").Do(ctx)
	if err := res.Error(); err != nil {
		if apierrors.IsUnauthorized(err) {
			return fmt.Errorf("kubernetes: %s: the API server rejected the credentials: %w", c.scope, err)
		}
		return fmt.Errorf("kubernetes: %s: the API server at %s does not answer: %w", c.scope, c.rest.Host, err)
	}
	return nil
}

// listWorkers is how many kinds are listed at once.
const listWorkers = 4

// Collect lists every kind in the scope. A kind that cannot be listed is a diagnostic and
// is named in Partial; an error means nothing could be collected (the server does not
// answer, the credentials are rejected, ctx ended).
func (c *Collector) Collect(ctx context.Context) (*Snapshot, error) {
	snap := &Snapshot{Scope: c.scope, Collected: time.Now().UTC()}
	if err := c.Ping(ctx); err != nil {
		return nil, err
	}
	kinds := c.inScope()
	results := make([][]*resource.Resource, len(kinds))
	errs := make([]error, len(kinds))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range min(listWorkers, len(kinds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= len(kinds) {
					return
				}
				results[j], errs[j] = c.collectKind(ctx, kinds[j])
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for j, k := range kinds {
		if errs[j] != nil {
			snap.Partial = append(snap.Partial, k.Kind)
			snap.Diagnostics = append(snap.Diagnostics, c.kindDiagnostic(k, errs[j]))
			continue
		}
		snap.Resources = append(snap.Resources, results[j]...)
	}
	sort.Strings(snap.Partial)
	sort.Slice(snap.Resources, func(a, b int) bool { return snap.Resources[a].Key < snap.Resources[b].Key })
	return snap, nil
}

// inScope is the kinds a scope holds: every kind for a cluster; for a namespace its
// namespaced kinds and the Namespace object itself.
func (c *Collector) inScope() []Kind {
	if c.scope.Namespace() == "" {
		return c.kinds
	}
	var out []Kind
	for _, k := range c.kinds {
		if k.Namespaced || k.Kind == "Namespace" {
			out = append(out, k)
		}
	}
	return out
}

// kindDiagnostic says why a kind is missing from a snapshot. Forbidden and not served are
// facts about the credentials and the server, and warnings; anything else is an error.
func (c *Collector) kindDiagnostic(k Kind, err error) resource.Diagnostic {
	d := resource.Diagnostic{File: c.scope.String(), Detail: err.Error()}
	what := fmt.Sprintf("%s (%s %s)", k.Kind, k.APIVersion(), k.Resource)
	switch {
	case apierrors.IsForbidden(err):
		d.Summary = what + " not collected: the credentials may not list it"
	case apierrors.IsNotFound(err) || apierrors.IsMethodNotSupported(err):
		d.Summary = what + " not collected: the API server does not serve it"
	default:
		d.Error = true
		d.Summary = what + " not collected: listing failed"
	}
	return d
}

// maxRestarts bounds how often a list restarts when its continue token expires (the
// server compacted past it during a slow paged list).
const maxRestarts = 3

// collectKind lists one kind, page by page, and converts what it lists.
func (c *Collector) collectKind(ctx context.Context, k Kind) ([]*resource.Resource, error) {
	for restart := 0; ; restart++ {
		var out []*resource.Resource
		err := c.list(ctx, k, func(obj map[string]any) {
			if r := c.resourceOf(k, obj); r != nil {
				out = append(out, r)
			}
		})
		if err == nil {
			return out, nil
		}
		if !apierrors.IsResourceExpired(err) || restart >= maxRestarts {
			return nil, err
		}
	}
}

// list calls emit with every object of kind k in scope, as returned by the server.
func (c *Collector) list(ctx context.Context, k Kind, emit func(map[string]any)) error {
	opts := metav1.ListOptions{Limit: c.pageSize}
	ns := c.scope.Namespace()
	if !k.Namespaced {
		if ns != "" { // the namespace scope's own Namespace object
			opts.FieldSelector = "metadata.name=" + ns
		}
		ns = ""
	}
	for {
		cont, err := c.listPage(ctx, k, ns, opts, emit)
		if err != nil {
			return err
		}
		if cont == "" {
			return nil
		}
		opts.Continue = cont
	}
}

func (c *Collector) listPage(ctx context.Context, k Kind, ns string, opts metav1.ListOptions, emit func(map[string]any)) (string, error) {
	if k.MetadataOnly {
		list, err := c.meta.Resource(k.GVR()).Namespace(ns).List(ctx, opts)
		if err != nil {
			return "", err
		}
		for i := range list.Items {
			obj, err := metadataObject(k, &list.Items[i])
			if err != nil {
				return "", err
			}
			emit(obj)
		}
		return list.Continue, nil
	}
	list, err := c.dyn.Resource(k.GVR()).Namespace(ns).List(ctx, opts)
	if err != nil {
		return "", err
	}
	for i := range list.Items {
		emit(list.Items[i].Object)
	}
	return list.GetContinue(), nil
}

// metadataObject is the object of a metadata-only kind: apiVersion, kind and metadata.
func metadataObject(k Kind, m *metav1.PartialObjectMetadata) (map[string]any, error) {
	md, err := runtime.DefaultUnstructuredConverter.ToUnstructured(&m.ObjectMeta)
	if err != nil {
		return nil, fmt.Errorf("kubernetes: %s %s/%s: %w", k.Kind, m.Namespace, m.Name, err)
	}
	return map[string]any{"apiVersion": k.APIVersion(), "kind": k.Kind, "metadata": md}, nil
}

// resourceOf turns one listed object into its canonical-ready resource; nil for an object
// left out because another listed object controls it.
func (c *Collector) resourceOf(k Kind, obj map[string]any) *resource.Resource {
	obj["apiVersion"], obj["kind"] = k.APIVersion(), k.Kind
	if !c.keep && c.controlledByListed(obj) {
		return nil
	}
	StripDefaults(obj)
	r := adapt.NewKubernetesResource(obj, resource.OriginLiveKubernetes)
	r.Root = c.scope.String()
	md, _ := obj["metadata"].(map[string]any)
	ns, _ := md["namespace"].(string)
	name, _ := md["name"].(string)
	if !k.Namespaced {
		ns = ""
	}
	r.SetLocation(resource.Path{}, Location(c.scope.Context(), k.APIVersion(), k.Kind, ns, name))
	return r
}

// controlledByListed reports whether obj's controller (the owner reference marked
// controller) is of a kind the collector lists.
func (c *Collector) controlledByListed(obj map[string]any) bool {
	md, _ := obj["metadata"].(map[string]any)
	refs, _ := md["ownerReferences"].([]any)
	for _, r := range refs {
		ref, _ := r.(map[string]any)
		if ref["controller"] != true {
			continue
		}
		apiVersion, _ := ref["apiVersion"].(string)
		kind, _ := ref["kind"].(string)
		group := ""
		if i := strings.LastIndexByte(apiVersion, '/'); i >= 0 {
			group = apiVersion[:i]
		}
		return c.listed[group+"/"+kind]
	}
	return false
}
