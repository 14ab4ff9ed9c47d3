package adapt

import (
	"strconv"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// The edges between Kubernetes objects: a Service to the workloads its selector matches, a
// workload to its ServiceAccount, a RoleBinding or ClusterRoleBinding to its role and to the
// ServiceAccounts it binds. They need every object at once, so Canonical runs linkKubernetes
// after the per-resource adapters.

// k8sObject is what linking needs of one Kubernetes object.
type k8sObject struct {
	r         *resource.Resource
	group     string // API group, "" for the core group
	namespace string // "" for a cluster-scoped kind
	name      string
	labels    map[string]any // a workload's pod labels
}

// podsByLabel finds workloads by namespace and one pod label, "name=value": a Service's
// selector is checked only against the workloads that carry one of its labels, so linking
// costs what it matches, not services × workloads.
type podsByLabel map[string]map[string][]k8sObject

// k8sIndex finds objects by group, kind, namespace and name, whatever their version.
type k8sIndex map[string]string

func k8sIdent(group, kind, namespace, name string) string {
	return group + "\x00" + kind + "\x00" + namespace + "\x00" + name
}

// key returns the key of the object named, or the key it would have at version when the
// scan does not hold it: edges to objects declared elsewhere (the namespace's default
// ServiceAccount, a ClusterRole of the distribution) still join the resources that name them.
func (ix k8sIndex) key(group, version, kind, namespace, name string) string {
	if KubernetesClusterScoped(kind) {
		namespace = ""
	}
	if k, ok := ix[k8sIdent(group, kind, namespace, name)]; ok {
		return k
	}
	apiVersion := version
	if group != "" {
		apiVersion = group + "/" + version
	}
	return KubernetesKey(apiVersion, kind, namespace, name)
}

const rbacGroup = "rbac.authorization.k8s.io"

// linkKubernetes links the objects of each Root separately: the dev and prod directories of
// one repository may declare the same Service and Deployment, and must not be joined.
func linkKubernetes(rs []*resource.Resource) {
	byRoot := map[string][]*resource.Resource{}
	var roots []string
	for _, r := range rs {
		if !kubernetesOrigins[r.Origin] {
			continue
		}
		if _, ok := byRoot[r.Root]; !ok {
			roots = append(roots, r.Root)
		}
		byRoot[r.Root] = append(byRoot[r.Root], r)
	}
	for _, root := range roots {
		linkKubernetesIn(byRoot[root])
	}
}

func linkKubernetesIn(rs []*resource.Resource) {
	var objs []k8sObject
	ix := k8sIndex{}
	pods := podsByLabel{}
	for _, r := range rs {
		if !kubernetesOrigins[r.Origin] {
			continue
		}
		o := newK8sObject(r)
		objs = append(objs, o)
		ix[k8sIdent(o.group, r.Type, o.namespace, o.name)] = r.Key
		if _, ok := podTemplates[r.Type]; ok {
			o.labels, _ = mapAt(r.Attributes, p{"pod", "metadata", "labels"})
			pods.add(o)
		}
	}
	for _, o := range objs {
		switch o.r.Type {
		case "Service":
			linkService(o, pods)
		case "RoleBinding", "ClusterRoleBinding":
			linkBinding(o, ix)
		}
		if _, ok := podTemplates[o.r.Type]; ok {
			linkServiceAccount(o, ix)
		}
	}
}

func newK8sObject(r *resource.Resource) k8sObject {
	o := k8sObject{r: r}
	apiVersion, _ := r.Attributes["apiVersion"].(string)
	if g, _, ok := strings.Cut(apiVersion, "/"); ok {
		o.group = g
	}
	md, _ := r.Attributes["metadata"].(map[string]any)
	o.name, _ = md["name"].(string)
	if !KubernetesClusterScoped(r.Type) {
		o.namespace, _ = md["namespace"].(string)
		if o.namespace == "" {
			o.namespace = "default"
		}
	}
	return o
}

func (pl podsByLabel) add(w k8sObject) {
	for k, v := range w.labels {
		if s, ok := labelValue(v); ok {
			if pl[w.namespace] == nil {
				pl[w.namespace] = map[string][]k8sObject{}
			}
			pl[w.namespace][k+"="+s] = append(pl[w.namespace][k+"="+s], w)
		}
	}
}

// linkService adds an edge from a Service to every workload in its namespace whose pod
// labels its selector matches. A Service without a selector matches nothing.
func linkService(svc k8sObject, pods podsByLabel) {
	sel, _ := mapAt(svc.r.Attributes, p{"spec", "selector"})
	if len(sel) == 0 {
		return
	}
	var candidates []k8sObject
	first := true
	for k, v := range sel {
		s, ok := labelValue(v)
		if !ok {
			return
		}
		// Any one label of the selector narrows the workloads to check; take the rarest.
		if c := pods[svc.namespace][k+"="+s]; first || len(c) < len(candidates) {
			candidates, first = c, false
		}
	}
	for _, w := range candidates {
		if selects(sel, w.labels) {
			svc.r.References = append(svc.r.References, resource.Reference{Attribute: "spec.selector", Target: w.r.Key})
		}
	}
}

func selects(sel, labels map[string]any) bool {
	for k, v := range sel {
		want, ok := labelValue(v)
		if !ok {
			return false
		}
		got, ok := labelValue(labels[k])
		if !ok || got != want {
			return false
		}
	}
	return true
}

// labelValue reads a label or selector value; numbers and booleans written unquoted match
// their text, as the API server would have refused them anyway.
func labelValue(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case int64:
		return strconv.FormatInt(x, 10), true
	case bool:
		return strconv.FormatBool(x), true
	}
	return "", false
}

// linkServiceAccount adds the edge from a workload to the ServiceAccount its pods run as:
// serviceAccountName, else the deprecated serviceAccount, else "default".
func linkServiceAccount(w k8sObject, ix k8sIndex) {
	if _, ok := w.r.Attributes["pod"]; !ok {
		return
	}
	spec, _ := mapAt(w.r.Attributes, p{"pod", "spec"})
	name := "default"
	for _, f := range []string{"serviceAccountName", "serviceAccount"} {
		if s, ok := spec[f].(string); ok && s != "" {
			name = s
			break
		}
	}
	w.r.References = append(w.r.References, resource.Reference{Attribute: "pod.spec.serviceAccountName",
		Target: ix.key("", "v1", "ServiceAccount", w.namespace, name)})
}

// linkBinding adds the edges from a RoleBinding or ClusterRoleBinding to its roleRef and to
// each ServiceAccount among its subjects. Users and groups are not objects and get no edge.
func linkBinding(b k8sObject, ix k8sIndex) {
	if ref, ok := b.r.Attributes["roleRef"].(map[string]any); ok {
		kind, _ := ref["kind"].(string)
		name, _ := ref["name"].(string)
		group, _ := ref["apiGroup"].(string)
		if group == "" {
			group = rbacGroup
		}
		if (kind == "Role" || kind == "ClusterRole") && name != "" {
			b.r.References = append(b.r.References, resource.Reference{Attribute: "roleRef",
				Target: ix.key(group, "v1", kind, b.namespace, name)})
		}
	}
	subjects, _ := b.r.Attributes["subjects"].([]any)
	for i, s := range subjects {
		subj, _ := s.(map[string]any)
		if kind, _ := subj["kind"].(string); kind != "ServiceAccount" {
			continue
		}
		name, _ := subj["name"].(string)
		ns, _ := subj["namespace"].(string)
		if ns == "" {
			ns = b.namespace // a RoleBinding's subjects default to its namespace
		}
		if name == "" || ns == "" {
			continue
		}
		b.r.References = append(b.r.References, resource.Reference{Attribute: "subjects." + strconv.Itoa(i),
			Target: ix.key("", "v1", "ServiceAccount", ns, name)})
	}
}
