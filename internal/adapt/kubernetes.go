package adapt

import (
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// Kubernetes objects, whatever produced them (manifests, Helm, Kustomize, the live API): the
// key, the normaliser that makes a live object look like the manifest that declared it, and
// the one canonical path of a workload's pod template.

// kubernetesOrigins are the sources whose resources are Kubernetes objects.
var kubernetesOrigins = map[resource.Origin]bool{
	resource.OriginKubernetes:     true,
	resource.OriginHelm:           true,
	resource.OriginKustomize:      true,
	resource.OriginLiveKubernetes: true,
}

func init() {
	for o := range kubernetesOrigins {
		originAdapters[o] = adaptKubernetes
	}
}

func adaptKubernetes(r *resource.Resource) {
	NormaliseKubernetes(r)
	addPodPath(r)
}

// clusterScoped lists the kinds that are not namespaced: every built-in one, and the
// cluster-scoped custom kinds of widely used projects whose kind name no other project uses.
var clusterScoped = map[string]bool{
	"APIService": true, "CertificateSigningRequest": true, "ClusterRole": true,
	"ClusterRoleBinding": true, "ClusterTrustBundle": true, "ComponentStatus": true,
	"CSIDriver": true, "CSINode": true, "CustomResourceDefinition": true, "DeviceClass": true,
	"DeviceTaintRule": true, "FlowSchema": true, "IngressClass": true, "IPAddress": true,
	"MutatingAdmissionPolicy": true, "MutatingAdmissionPolicyBinding": true,
	"MutatingWebhookConfiguration": true, "Namespace": true, "Node": true,
	"PersistentVolume": true, "PodSecurityPolicy": true, "PriorityClass": true,
	"PriorityLevelConfiguration": true, "ResourceSlice": true, "RuntimeClass": true,
	"SelfSubjectAccessReview": true, "SelfSubjectReview": true, "SelfSubjectRulesReview": true,
	"ServiceCIDR": true, "StorageClass": true, "StorageVersion": true,
	"StorageVersionMigration": true, "SubjectAccessReview": true, "TokenReview": true,
	"ValidatingAdmissionPolicy": true, "ValidatingAdmissionPolicyBinding": true,
	"ValidatingWebhookConfiguration": true, "VolumeAttachment": true,
	"VolumeAttributesClass": true,
	// cert-manager, Kyverno, policy reports, External Secrets, Gatekeeper.
	"ClusterIssuer": true, "ClusterPolicy": true, "ClusterPolicyReport": true,
	"ClusterSecretStore": true, "ClusterExternalSecret": true, "ConstraintTemplate": true,
}

// KubernetesClusterScoped reports whether objects of kind live outside any namespace. Custom
// kinds not in Plumb's table are taken to be namespaced.
func KubernetesClusterScoped(kind string) bool { return clusterScoped[kind] }

// KubernetesKey is the key of a Kubernetes object: "<apiVersion>/<Kind> <namespace>/<name>"
// ("apps/v1/Deployment shop/web"), "<apiVersion>/<Kind> <name>" for a cluster-scoped kind,
// and namespace "default" for a namespaced object that names none. Every source of
// Kubernetes objects builds keys here, so a manifest and the live object it declared share
// one.
func KubernetesKey(apiVersion, kind, namespace, name string) string {
	if KubernetesClusterScoped(kind) {
		return apiVersion + "/" + kind + " " + name
	}
	if namespace == "" {
		namespace = "default"
	}
	return apiVersion + "/" + kind + " " + namespace + "/" + name
}

// KubernetesObjectKey is KubernetesKey of an object's own apiVersion, kind,
// metadata.namespace and metadata.name (metadata.generateName when it has no name).
func KubernetesObjectKey(obj map[string]any) string {
	apiVersion, _ := obj["apiVersion"].(string)
	kind, _ := obj["kind"].(string)
	md, _ := obj["metadata"].(map[string]any)
	namespace, _ := md["namespace"].(string)
	name, ok := md["name"].(string)
	if !ok {
		name, _ = md["generateName"].(string)
	}
	return KubernetesKey(apiVersion, kind, namespace, name)
}

// NewKubernetesResource makes the canonical-ready resource of one object read from origin
// (a live collector's unstructured object, for example): key, type, attributes, normalised
// by NormaliseKubernetes. obj becomes the resource's attributes and is changed; it must
// hold only JSON-compatible values (map[string]any, []any, string, int64, float64, bool,
// nil). Locations are the caller's to add.
func NewKubernetesResource(obj map[string]any, origin resource.Origin) *resource.Resource {
	kind, _ := obj["kind"].(string)
	r := &resource.Resource{Key: KubernetesObjectKey(obj), Type: kind, Origin: origin, Attributes: obj,
		Locations: map[string]resource.Location{}}
	NormaliseKubernetes(r)
	return r
}

// serverMetadata are the metadata fields an API server fills in.
var serverMetadata = []string{"uid", "resourceVersion", "managedFields", "creationTimestamp",
	"generation", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds"}

// LastAppliedAnnotation is where `kubectl apply` keeps a copy of the whole object, Secret
// values included.
const LastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"

// templateMetadata are the object metadata inside pod and job templates, where
// `kubectl create --dry-run -o yaml` writes creationTimestamp: null.
var templateMetadata = []resource.Path{
	{"spec", "template", "metadata"},
	{"spec", "jobTemplate", "metadata"},
	{"spec", "jobTemplate", "spec", "template", "metadata"},
}

// hiddenValues are, by kind, the maps whose values Plumb never keeps: only their keys.
var hiddenValues = map[string][]string{
	"Secret":    {"data", "stringData"},
	"ConfigMap": {"data", "binaryData"},
}

// NormaliseKubernetes makes r, a Kubernetes object from any source, look like a manifest,
// changing it in place, and makes sure no Secret or ConfigMap value stays in it:
//   - status is removed, and so are the metadata fields a server fills in (uid,
//     resourceVersion, managedFields, creationTimestamp, generation, selfLink,
//     deletionTimestamp, deletionGracePeriodSeconds), the kubectl last-applied-configuration
//     annotation (the annotations map too when that leaves it empty), and creationTimestamp
//     in pod and job template metadata;
//   - every value of a Secret's data and stringData and of a ConfigMap's data and
//     binaryData is replaced by "", keeping the keys and their locations; such a field that
//     is not a map is removed.
//
// Locations and unknowns below removed values go with them. It is idempotent; loaders call it
// on what they read and the adapter calls it again for every Kubernetes origin.
func NormaliseKubernetes(r *resource.Resource) {
	if r.Attributes == nil {
		return
	}
	dropPath(r, p{"status"})
	if md, ok := r.Attributes["metadata"].(map[string]any); ok {
		for _, f := range serverMetadata {
			if _, ok := md[f]; ok {
				dropPath(r, p{"metadata", f})
			}
		}
		if ann, ok := md["annotations"].(map[string]any); ok {
			if _, ok := ann[LastAppliedAnnotation]; ok {
				dropPath(r, p{"metadata", "annotations", LastAppliedAnnotation})
				if len(ann) == 0 {
					dropPath(r, p{"metadata", "annotations"})
				}
			}
		}
	}
	for _, tp := range templateMetadata {
		if md, ok := mapAt(r.Attributes, tp); ok {
			if _, ok := md["creationTimestamp"]; ok {
				dropPath(r, tp.Append("creationTimestamp"))
			}
		}
	}
	kind, _ := r.Attributes["kind"].(string)
	for _, field := range hiddenValues[kind] {
		hideValues(r, field)
	}
}

// hideValues replaces every value of the map at r.Attributes[field] by "".
func hideValues(r *resource.Resource, field string) {
	v, ok := r.Attributes[field]
	if !ok || resource.IsUnknown(v) {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		dropPath(r, p{field})
		return
	}
	for k := range m {
		m[k] = ""
	}
	// Keep the field's location and each key's; drop anything below a key. Keys may hold
	// dots, so a location is matched against the map's keys, not split into segments.
	prefix := field + "."
	for loc := range r.Locations {
		if rest, ok := strings.CutPrefix(loc, prefix); ok {
			if _, isKey := m[rest]; !isKey {
				delete(r.Locations, loc)
			}
		}
	}
	kept := r.Unknowns[:0]
	for _, u := range r.Unknowns {
		if !u.HasPrefix(p{field}) || len(u) == 1 {
			kept = append(kept, u)
		}
	}
	r.Unknowns = kept
}

// dropPath removes the value at path (its parent must be a map) with its locations and
// unknowns.
func dropPath(r *resource.Resource, path resource.Path) {
	parent, ok := mapAt(r.Attributes, path[:len(path)-1])
	if !ok {
		return
	}
	k := path[len(path)-1].(string)
	if _, ok := parent[k]; !ok {
		return
	}
	delete(parent, k)
	removeUnder(r, path)
}

func mapAt(attrs map[string]any, path resource.Path) (map[string]any, bool) {
	v, ok := resource.Get(attrs, path)
	if !ok {
		return nil, false
	}
	m, ok := v.(map[string]any)
	return m, ok
}

// podTemplates says where each workload kind keeps its pod template; the empty path means
// the object is the pod.
var podTemplates = map[string]resource.Path{
	"Pod":                   {},
	"Deployment":            {"spec", "template"},
	"StatefulSet":           {"spec", "template"},
	"DaemonSet":             {"spec", "template"},
	"ReplicaSet":            {"spec", "template"},
	"ReplicationController": {"spec", "template"},
	"Job":                   {"spec", "template"},
	"CronJob":               {"spec", "jobTemplate", "spec", "template"},
}

// KubernetesWorkloadKinds lists the kinds that have the canonical pod path.
func KubernetesWorkloadKinds() []string {
	return []string{"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"}
}

// addPodPath copies a workload's pod template to pod.spec and pod.metadata, with the
// locations and unknowns of the template, so rules read one path for every workload kind.
// The copy is deep: the template stays where the source wrote it, and neither aliases the
// other.
func addPodPath(r *resource.Resource) {
	tp, ok := podTemplates[r.Type]
	if !ok {
		return
	}
	if _, ok := r.Attributes["pod"]; ok {
		delete(r.Attributes, "pod")
		removeUnder(r, p{"pod"})
	}
	tmpl, ok := mapAt(r.Attributes, tp)
	if !ok {
		return
	}
	pod := map[string]any{}
	for _, part := range []string{"spec", "metadata"} {
		v, ok := tmpl[part]
		if !ok {
			continue
		}
		pod[part] = deepCopy(v)
		relocate(r, p{"pod", part}, tp.Append(part))
	}
	r.Attributes["pod"] = pod
	r.SetLocation(p{"pod"}, r.LocationOf(tp))
}

// relocate gives dst, and every path below it, the location and unknowns that src and the
// paths below it have. It works on the string form of paths, so map keys holding dots or
// digits ("app.kubernetes.io/name", "007") keep their exact locations.
func relocate(r *resource.Resource, dst, src resource.Path) {
	from, to := src.String(), dst.String()
	r.SetLocation(dst, r.LocationOf(src))
	type moved struct {
		k string
		l resource.Location
	}
	var add []moved
	for k, l := range r.Locations {
		if rest, ok := strings.CutPrefix(k, from+"."); ok {
			add = append(add, moved{to + "." + rest, l})
		}
	}
	for _, m := range add {
		r.Locations[m.k] = m.l
	}
	for _, u := range r.Unknowns {
		if u.HasPrefix(src) {
			r.Unknowns = append(r.Unknowns, dst.Append(u[len(src):]...))
		}
	}
}

// KubernetesPodTemplatePath returns where kind keeps the pod template that the canonical
// "pod" path copies (empty for a Pod itself), and false for a kind without one. A fix
// written at a canonical pod path is written back there.
func KubernetesPodTemplatePath(kind string) (resource.Path, bool) {
	p, ok := podTemplates[kind]
	return append(resource.Path(nil), p...), ok
}
