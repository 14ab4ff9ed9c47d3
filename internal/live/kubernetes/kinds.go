package kubernetes

import (
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Kind is one kind of object the collector lists.
type Kind struct {
	Group, Version, Resource, Kind string
	// Namespaced is false for cluster-scoped kinds (Namespace, ClusterRole, …).
	Namespaced bool
	// MetadataOnly kinds (Secret, ConfigMap) are listed through the metadata API: their
	// values never leave the API server.
	MetadataOnly bool
}

// APIVersion is the kind's group/version as objects write it ("apps/v1", "v1").
func (k Kind) APIVersion() string {
	if k.Group == "" {
		return k.Version
	}
	return k.Group + "/" + k.Version
}

// GVR is the kind's group, version and resource, as client-go addresses it.
func (k Kind) GVR() schema.GroupVersionResource {
	return schema.GroupVersionResource{Group: k.Group, Version: k.Version, Resource: k.Resource}
}

// kinds are the kinds the collector lists: every kind a built-in Kubernetes rule reads
// (custom.types in policies/kubernetes; a test keeps the two in step), and Namespaces and
// Secrets, which drift and the resource graph need.
var kinds = []Kind{
	{"", "v1", "namespaces", "Namespace", false, false},
	{"", "v1", "pods", "Pod", true, false},
	{"", "v1", "replicationcontrollers", "ReplicationController", true, false},
	{"", "v1", "services", "Service", true, false},
	{"", "v1", "serviceaccounts", "ServiceAccount", true, false},
	{"", "v1", "secrets", "Secret", true, true},
	{"", "v1", "configmaps", "ConfigMap", true, true},
	{"apps", "v1", "deployments", "Deployment", true, false},
	{"apps", "v1", "statefulsets", "StatefulSet", true, false},
	{"apps", "v1", "daemonsets", "DaemonSet", true, false},
	{"apps", "v1", "replicasets", "ReplicaSet", true, false},
	{"batch", "v1", "jobs", "Job", true, false},
	{"batch", "v1", "cronjobs", "CronJob", true, false},
	{"networking.k8s.io", "v1", "ingresses", "Ingress", true, false},
	{"networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", true, false},
	{"rbac.authorization.k8s.io", "v1", "roles", "Role", true, false},
	{"rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", true, false},
	{"rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false, false},
	{"rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false, false},
}

// Kinds returns the kinds a Collector lists by default, in listing order.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

// KindNamed returns the default kind whose Kind is name.
func KindNamed(name string) (Kind, bool) {
	for _, k := range kinds {
		if k.Kind == name {
			return k, true
		}
	}
	return Kind{}, false
}
