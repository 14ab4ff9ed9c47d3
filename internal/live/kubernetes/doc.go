// Package kubernetes reads live Kubernetes state through client-go and turns every object
// into the canonical resource a manifest of the same object would give, so the Kubernetes
// rules judge a cluster exactly as they judge the files that deployed it.
//
// A Collector is opened on a scope, written kubernetes:CONTEXT[/NAMESPACE] (the kubeconfig
// context names the cluster and its credentials; in a pod with no kubeconfig the context is
// "in-cluster"). Collect lists every kind the built-in rules read (Kinds), page by page, and
// returns a Snapshot; Watch streams changes to the same kinds for the drift watcher; Revert
// writes an object's baseline version back (server-side apply, field manager "plumb") for
// enforcement (revert.go; docs/enforcement.md).
//
// Invariants:
//   - Secret and ConfigMap values are never fetched: those kinds are listed through the
//     metadata API (PartialObjectMetadata), so neither their values nor their keys reach
//     this process, let alone a resource or the store.
//   - A live object's resource has the manifest's key (adapt.KubernetesKey) and shape: the
//     fields the server fills in are removed by adapt.NormaliseKubernetes, and the values the
//     API server defaults are removed by StripDefaults (see defaults.go for the list).
//   - A kind the credentials may not list (403) or the server does not serve (404) is a
//     warning and is named in Snapshot.Partial; the other kinds are still collected. A
//     consumer must never read a kind in Partial as "no objects".
//   - Locations name the live object (Location), never a file and never a line.
//
// It imports resource, adapt and store (for Scope) of Plumb's, and client-go; never policy,
// finding or report. Scanning live state (collect, then evaluate) is in package kubescan.
package kubernetes
