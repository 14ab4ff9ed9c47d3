// Package kubernetes loads Kubernetes manifests — multi-document YAML and JSON files, and
// List objects (`kind: List`, `PodList`, … with `items`) — into native resources, one per
// object, with the file and lines of every attribute path.
//
// A resource's key is "<apiVersion>/<Kind> <namespace>/<name>" (no namespace part for a
// cluster-scoped kind, "default" for a namespaced object that names none), its type is the
// kind and its origin resource.OriginKubernetes. The location of an attribute runs from the
// line of its key (or of its list item) through the last line of its value; the empty path
// is the whole object. A value reached through a YAML alias or merge key (<<) is located
// where its anchor wrote it, with the alias in Location.Via.
//
// Scalars are read as the API server reads what kubectl sends: plain yes/no/on/off/y/n
// (in any of YAML 1.1's capitalisations) are booleans and 0644 is octal.
//
// Invariants: a problem in one document (a YAML error, a document that is not an object)
// is a diagnostic with its file and line, and every other document and file is still read.
// No Secret or ConfigMap value is kept: adapt.NormaliseKubernetes replaces them with ""
// before a resource leaves the loader, and removes the fields an API server fills in.
// Nothing here panics on input or runs for longer than its input warrants: aliases are
// expanded within a budget proportional to the document's size.
//
// It imports resource, iac and adapt (for the key and the normaliser that the live
// collector shares); never policy.
package kubernetes
