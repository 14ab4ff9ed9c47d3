package kubernetes

import (
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// Location is where a live object's values were read: not a file but the object in its
// cluster, written <k8s://CONTEXT/APIVERSION/KIND/NAMESPACE/NAME> (no NAMESPACE segment
// for a cluster-scoped kind), with no line. The angle brackets are the reports' mark of a
// location that is not a file (as for "<--var name>"): the text and JUnit outputs print it,
// SARIF keeps the finding on its logical location (the resource key) instead of inventing
// an artifact, and the context in it keeps fingerprints of two clusters apart.
func Location(context, apiVersion, kind, namespace, name string) resource.Location {
	var b strings.Builder
	b.WriteString("<k8s://")
	b.WriteString(context)
	b.WriteByte('/')
	b.WriteString(apiVersion)
	b.WriteByte('/')
	b.WriteString(kind)
	b.WriteByte('/')
	if namespace != "" {
		b.WriteString(namespace)
		b.WriteByte('/')
	}
	b.WriteString(name)
	b.WriteByte('>')
	return resource.Location{File: b.String()}
}

// IsLive reports whether l is a Location of a live Kubernetes object.
func IsLive(l resource.Location) bool { return strings.HasPrefix(l.File, "<k8s://") }
