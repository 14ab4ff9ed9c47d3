package kubernetes

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sync"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/client-go/dynamic/dynamicinformer"
	"k8s.io/client-go/metadata/metadatainformer"
	"k8s.io/client-go/tools/cache"

	"github.com/plumbsec/plumb/internal/resource"
)

// EventType says what happened to a live object.
type EventType int

// Event types. Synced is sent once, when every watched kind has delivered its initial
// list (as Added events): from then on the watcher's view is complete but for Partial.
const (
	Added EventType = iota + 1
	Updated
	Deleted
	Synced
	// Problem carries a diagnostic: a kind that cannot be watched (it is then in the
	// Partial of the Synced event), or a watch that failed and is being retried.
	Problem
)

var eventTypeNames = [...]string{"", "added", "updated", "deleted", "synced", "problem"}

func (t EventType) String() string {
	if t < Added || t > Problem {
		return fmt.Sprintf("eventtype(%d)", int(t))
	}
	return eventTypeNames[t]
}

// Event is one change seen by Watch.
type Event struct {
	Type EventType
	// Resource is the object after the change; for Deleted, the last state seen. Nil for
	// Synced and Problem.
	Resource *resource.Resource
	// Previous is the object before an Updated change.
	Previous *resource.Resource
	// Partial, on Synced, names the kinds not watched.
	Partial []string
	// Diagnostic, on Problem.
	Diagnostic resource.Diagnostic
}

// Watch reports every change to the objects of the collector's scope to fn, one event at a
// time, until ctx ends. It starts with an Added event for every object that exists, then
// Synced. An update that changes nothing a manifest holds (status, resourceVersion,
// managedFields) is not reported. A kind the credentials may not list is reported once as
// a Problem and not watched; the rest are. Watch returns ctx's error.
func (c *Collector) Watch(ctx context.Context, fn func(Event)) error {
	if err := c.Ping(ctx); err != nil {
		return err
	}
	var mu sync.Mutex
	emit := func(e Event) {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() == nil {
			fn(e)
		}
	}
	var partial []string
	var synced []cache.InformerSynced
	for _, k := range c.inScope() {
		if err := c.canList(ctx, k); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			partial = append(partial, k.Kind)
			emit(Event{Type: Problem, Diagnostic: c.kindDiagnostic(k, err)})
			continue
		}
		inf := c.informer(k)
		if _, err := inf.AddEventHandler(c.handler(k, emit)); err != nil {
			return fmt.Errorf("kubernetes: watch %s: %w", k.Kind, err)
		}
		_ = inf.SetWatchErrorHandlerWithContext(func(_ context.Context, _ *cache.Reflector, err error) {
			// An expired position or a closed stream is routine: the informer lists again.
			if ctx.Err() == nil && !apierrors.IsResourceExpired(err) && !apierrors.IsGone(err) && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
				d := c.kindDiagnostic(k, err)
				d.Summary = k.Kind + " watch interrupted, retrying"
				emit(Event{Type: Problem, Diagnostic: d})
			}
		})
		go inf.RunWithContext(ctx)
		synced = append(synced, inf.HasSynced)
	}
	if !cache.WaitForCacheSync(ctx.Done(), synced...) {
		return ctx.Err()
	}
	emit(Event{Type: Synced, Partial: partial})
	<-ctx.Done()
	return ctx.Err()
}

// canList checks, with a one-object list, that kind k can be listed in scope.
func (c *Collector) canList(ctx context.Context, k Kind) error {
	ns := c.scope.Namespace()
	if !k.Namespaced {
		ns = ""
	}
	opts := metav1.ListOptions{Limit: 1}
	var err error
	if k.MetadataOnly {
		_, err = c.meta.Resource(k.GVR()).Namespace(ns).List(ctx, opts)
	} else {
		_, err = c.dyn.Resource(k.GVR()).Namespace(ns).List(ctx, opts)
	}
	if apierrors.IsResourceExpired(err) {
		return nil
	}
	return err
}

// informer watches kind k in scope: through the metadata API for metadata-only kinds.
func (c *Collector) informer(k Kind) cache.SharedIndexInformer {
	ns := c.scope.Namespace()
	tweak := func(*metav1.ListOptions) {}
	if !k.Namespaced {
		if ns != "" {
			name := ns
			tweak = func(o *metav1.ListOptions) { o.FieldSelector = "metadata.name=" + name }
		}
		ns = ""
	}
	if k.MetadataOnly {
		return metadatainformer.NewFilteredMetadataInformer(c.meta, k.GVR(), ns, 0, cache.Indexers{}, tweak).Informer()
	}
	return dynamicinformer.NewFilteredDynamicInformer(c.dyn, k.GVR(), ns, 0, cache.Indexers{}, tweak).Informer()
}

// handler converts informer callbacks into events. Informer objects are shared with its
// cache, so each is copied before it is normalised.
func (c *Collector) handler(k Kind, emit func(Event)) cache.ResourceEventHandler {
	convert := func(obj any) *resource.Resource {
		if d, ok := obj.(cache.DeletedFinalStateUnknown); ok {
			obj = d.Obj
		}
		var m map[string]any
		switch o := obj.(type) {
		case *unstructured.Unstructured:
			m = o.DeepCopy().Object
		case *metav1.PartialObjectMetadata:
			var err error
			if m, err = metadataObject(k, o); err != nil {
				return nil
			}
		default:
			return nil
		}
		return c.resourceOf(k, m)
	}
	return cache.ResourceEventHandlerFuncs{
		AddFunc: func(obj any) {
			if r := convert(obj); r != nil {
				emit(Event{Type: Added, Resource: r})
			}
		},
		UpdateFunc: func(old, obj any) {
			prev, r := convert(old), convert(obj)
			switch {
			case r == nil && prev == nil:
			case r == nil: // now controlled by a listed object: it leaves the view
				emit(Event{Type: Deleted, Resource: prev})
			case prev == nil:
				emit(Event{Type: Added, Resource: r})
			case !reflect.DeepEqual(prev.Attributes, r.Attributes):
				emit(Event{Type: Updated, Resource: r, Previous: prev})
			}
		},
		DeleteFunc: func(obj any) {
			if r := convert(obj); r != nil {
				emit(Event{Type: Deleted, Resource: r})
			}
		},
	}
}
