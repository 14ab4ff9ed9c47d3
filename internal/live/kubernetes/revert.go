package kubernetes

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/types"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/store"
)

// FieldManager is the field manager of every write Plumb makes to a cluster: server-side
// applies of a baseline and the patches that remove what the baseline does not hold.
const FieldManager = "plumb"

// ErrNotRevertible is wrapped by Revert's errors for drift that cannot be written back
// (a Secret's values, which Plumb never reads; a kind it does not collect; an object outside
// the scope). Nothing was written.
var ErrNotRevertible = errors.New("not revertible")

// Revert writes the baseline version of one object back to the cluster, through the API the
// collector reads:
//   - Removed: the baseline object is server-side applied (field manager "plumb"), which
//     recreates it;
//   - Changed: the baseline object is server-side applied with force, taking over every
//     field it sets from whichever manager changed it; then what the object still holds that
//     the baseline does not (fields another manager added, which an apply cannot take away
//     from it) is removed with a JSON patch guarded by the object's resourceVersion;
//   - Added: the live object is deleted, on the precondition that it is still the object
//     (uid) that was seen.
//
// baseline is the object as the baseline holds it (nil for Added), live as the drift saw it
// (nil for Removed); both are canonical resources of this collector's kind. Before and after
// are the object as read just before and just after the change (nil where it did not exist),
// normalised as Collect normalises it, so the caller can audit the change.
func (c *Collector) Revert(ctx context.Context, kind store.DriftKind, baseline, live *resource.Resource) (before, after *resource.Resource, err error) {
	ref := baseline
	if kind == store.Added {
		ref = live
	}
	if ref == nil {
		return nil, nil, fmt.Errorf("kubernetes: revert %s drift: the %s object is missing", kind, map[bool]string{true: "live", false: "baseline"}[kind == store.Added])
	}
	t, err := c.target(ref)
	if err != nil {
		return nil, nil, err
	}
	cur, err := t.get(ctx)
	if err != nil {
		return nil, nil, err
	}
	before = t.resourceOf(cur)
	switch kind {
	case store.Added:
		err = t.delete(ctx, cur)
	case store.Removed, store.Changed:
		err = t.restore(ctx, cur, baseline)
	default:
		err = fmt.Errorf("kubernetes: revert %s: unknown drift kind %s", t, kind)
	}
	if err != nil {
		return before, before, err
	}
	now, err := t.get(ctx)
	if err != nil {
		return before, nil, fmt.Errorf("kubernetes: %s reverted, but reading it back failed: %w", t, err)
	}
	return before, t.resourceOf(now), nil
}

// revertTarget is one object a revert writes: its kind, namespace and name.
type revertTarget struct {
	c         *Collector
	k         Kind
	ns, name  string
	namespace string // "" for a cluster-scoped kind
}

func (t revertTarget) String() string {
	if t.namespace == "" {
		return t.k.Kind + " " + t.name
	}
	return t.k.Kind + " " + t.namespace + "/" + t.name
}

// target finds the kind and name of r and checks that it lies in the collector's scope.
func (c *Collector) target(r *resource.Resource) (revertTarget, error) {
	apiVersion, _ := r.Attributes["apiVersion"].(string)
	kindName, _ := r.Attributes["kind"].(string)
	md, _ := r.Attributes["metadata"].(map[string]any)
	name, _ := md["name"].(string)
	ns, _ := md["namespace"].(string)
	var k Kind
	found := false
	for _, x := range c.kinds {
		if x.Kind == kindName && x.APIVersion() == apiVersion {
			k, found = x, true
		}
	}
	if !found || name == "" {
		return revertTarget{}, fmt.Errorf("kubernetes: revert %s: %w: %s %s is not a kind Plumb collects", r.Key, ErrNotRevertible, apiVersion, kindName)
	}
	t := revertTarget{c: c, k: k, name: name}
	if k.Namespaced {
		if ns == "" {
			ns = "default"
		}
		t.namespace = ns
	}
	if sns := c.scope.Namespace(); sns != "" {
		inside := k.Namespaced && t.namespace == sns || k.Kind == "Namespace" && name == sns
		if !inside {
			return revertTarget{}, fmt.Errorf("kubernetes: revert %s: %w: the object is outside scope %s", t, ErrNotRevertible, c.scope)
		}
	}
	return t, nil
}

// get reads the object as the server holds it; nil when it does not exist.
func (t revertTarget) get(ctx context.Context) (map[string]any, error) {
	var obj map[string]any
	if t.k.MetadataOnly {
		m, err := t.c.meta.Resource(t.k.GVR()).Namespace(t.namespace).Get(ctx, t.name, metav1.GetOptions{})
		if err == nil {
			obj, err = metadataObject(t.k, m)
		}
		if apierrors.IsNotFound(err) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("kubernetes: read %s: %w", t, err)
		}
		return obj, nil
	}
	u, err := t.c.dyn.Resource(t.k.GVR()).Namespace(t.namespace).Get(ctx, t.name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("kubernetes: read %s: %w", t, err)
	}
	return u.Object, nil
}

// resourceOf is the canonical-ready resource of a server object (nil for none), built as
// Collect builds it but kept even when another object controls it.
func (t revertTarget) resourceOf(obj map[string]any) *resource.Resource {
	if obj == nil {
		return nil
	}
	obj = runtimeCopy(obj)
	obj["apiVersion"], obj["kind"] = t.k.APIVersion(), t.k.Kind
	StripDefaults(obj)
	r := adapt.NewKubernetesResource(obj, resource.OriginLiveKubernetes)
	r.Root = t.c.scope.String()
	r.SetLocation(resource.Path{}, Location(t.c.scope.Context(), t.k.APIVersion(), t.k.Kind, t.namespace, t.name))
	return r
}

// delete removes an object that the baseline does not have, if it still exists and is still
// the object that was read.
func (t revertTarget) delete(ctx context.Context, cur map[string]any) error {
	if cur == nil {
		return nil // already gone
	}
	md, _ := cur["metadata"].(map[string]any)
	uid, _ := md["uid"].(string)
	opts := metav1.DeleteOptions{}
	if uid != "" {
		u := types.UID(uid)
		opts.Preconditions = &metav1.Preconditions{UID: &u}
	}
	var err error
	if t.k.MetadataOnly {
		err = t.c.meta.Resource(t.k.GVR()).Namespace(t.namespace).Delete(ctx, t.name, opts)
	} else {
		err = t.c.dyn.Resource(t.k.GVR()).Namespace(t.namespace).Delete(ctx, t.name, opts)
	}
	if err != nil && !apierrors.IsNotFound(err) {
		return fmt.Errorf("kubernetes: delete %s: %w", t, err)
	}
	return nil
}

// restore makes the object what baseline says: apply, then remove the rest.
func (t revertTarget) restore(ctx context.Context, cur map[string]any, baseline *resource.Resource) error {
	if baseline == nil {
		return fmt.Errorf("kubernetes: restore %s: no baseline object", t)
	}
	want, err := applyBody(t, baseline)
	if err != nil {
		return err
	}
	if t.k.MetadataOnly {
		// Plumb never reads a Secret's or ConfigMap's values, so it can neither recreate one
		// nor put its values back: only labels and annotations are its to restore.
		if cur == nil {
			return fmt.Errorf("kubernetes: recreate %s: %w: its values were never read", t, ErrNotRevertible)
		}
		want = map[string]any{"apiVersion": want["apiVersion"], "kind": want["kind"], "metadata": want["metadata"]}
	}
	ri := t.c.dyn.Resource(t.k.GVR()).Namespace(t.namespace)
	applied, err := ri.Apply(ctx, t.name, &unstructured.Unstructured{Object: want},
		metav1.ApplyOptions{FieldManager: FieldManager, Force: true})
	if err != nil {
		return fmt.Errorf("kubernetes: apply the baseline of %s: %w", t, err)
	}
	got := t.resourceOf(applied.Object).Attributes
	var ops []patchOp
	if t.k.MetadataOnly {
		gotMD, _ := got["metadata"].(map[string]any)
		wantMD, _ := want["metadata"].(map[string]any)
		for _, f := range []string{"labels", "annotations"} {
			if v, ok := gotMD[f]; ok {
				if w, ok := wantMD[f]; ok {
					removals(v, w, "/metadata/"+f, &ops)
				} else {
					ops = append(ops, patchOp{Op: "remove", Path: "/metadata/" + f})
				}
			}
		}
	} else {
		removals(got, want, "", &ops)
	}
	if len(ops) == 0 {
		return nil
	}
	// The patch applies only to the object just written: a change made since fails the
	// test and the revert, rather than being overwritten blindly.
	ops = append([]patchOp{{Op: "test", Path: "/metadata/resourceVersion", Value: applied.GetResourceVersion()}}, ops...)
	patch, err := json.Marshal(ops)
	if err != nil {
		return fmt.Errorf("kubernetes: restore %s: %w", t, err)
	}
	if _, err := ri.Patch(ctx, t.name, types.JSONPatchType, patch, metav1.PatchOptions{FieldManager: FieldManager}); err != nil {
		return fmt.Errorf("kubernetes: remove from %s what its baseline does not hold: %w", t, err)
	}
	return nil
}

// applyBody is the object to apply for a baseline resource: its attributes without what the
// canonical model adds (the pod path of workloads), with apiVersion and kind.
func applyBody(t revertTarget, baseline *resource.Resource) (map[string]any, error) {
	if len(baseline.Unknowns) > 0 || len(resource.FindUnknowns(baseline.Attributes, nil)) > 0 {
		return nil, fmt.Errorf("kubernetes: restore %s: %w: the baseline holds unknown values", t, ErrNotRevertible)
	}
	body := runtimeCopy(baseline.Attributes)
	// pod is the canonical copy of a workload's pod template (adapt.addPodPath); no
	// Kubernetes kind has a top-level field of that name.
	delete(body, "pod")
	body["apiVersion"], body["kind"] = t.k.APIVersion(), t.k.Kind
	md, _ := body["metadata"].(map[string]any)
	if md == nil {
		md = map[string]any{}
		body["metadata"] = md
	}
	md["name"] = t.name
	if t.namespace != "" {
		md["namespace"] = t.namespace
	} else {
		delete(md, "namespace")
	}
	return body, nil
}

// patchOp is one operation of a JSON patch (RFC 6902).
type patchOp struct {
	Op    string `json:"op"`
	Path  string `json:"path"`
	Value any    `json:"value,omitempty"`
}

// removals appends the operations that make live (a normalised object) hold no more than
// want: a map key that want lacks is removed; a list of another length is replaced by
// want's (the server fills in the defaults of its items again); a scalar that still differs
// is replaced. Both are normalised the same way, so the defaults the server fills in are on
// neither side.
func removals(live, want any, ptr string, ops *[]patchOp) {
	switch l := live.(type) {
	case map[string]any:
		w, ok := want.(map[string]any)
		if !ok {
			*ops = append(*ops, patchOp{Op: "replace", Path: ptr, Value: want})
			return
		}
		for _, k := range sortedKeys(l) {
			if wv, ok := w[k]; ok {
				removals(l[k], wv, ptr+"/"+escapePointer(k), ops)
			} else {
				*ops = append(*ops, patchOp{Op: "remove", Path: ptr + "/" + escapePointer(k)})
			}
		}
	case []any:
		w, ok := want.([]any)
		if !ok || len(w) != len(l) {
			*ops = append(*ops, patchOp{Op: "replace", Path: ptr, Value: want})
			return
		}
		for i := range l {
			removals(l[i], w[i], ptr+"/"+strconv.Itoa(i), ops)
		}
	default:
		if !sameJSON(live, want) {
			*ops = append(*ops, patchOp{Op: "replace", Path: ptr, Value: want})
		}
	}
}

func sameJSON(a, b any) bool {
	if reflect.DeepEqual(a, b) {
		return true
	}
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(x) == string(y)
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// runtimeCopy deep-copies a JSON-compatible tree.
func runtimeCopy(m map[string]any) map[string]any {
	return runtimeCopyValue(m).(map[string]any)
}

func runtimeCopyValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = runtimeCopyValue(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = runtimeCopyValue(e)
		}
		return out
	}
	return v
}
