// Package kubetest starts a real Kubernetes API server for tests: etcd and kube-apiserver,
// built from their Go modules at pinned versions (Version) and cached under
// ${PLUMB_CACHE:-$HOME/.cache/plumb}/k8s-<version>/, started on loopback ports with a
// self-signed serving certificate, a token file and RBAC, and stopped by t.Cleanup.
//
// The first build takes minutes; a file lock makes concurrent test packages wait for one
// build instead of racing. scripts/build-kube-test-binaries.sh runs the build alone so
// `make test` can warm the cache first.
//
// Only the API server runs: no controllers (Deployments get no Pods, nothing is garbage
// collected, no default ServiceAccount is created). Validation, defaulting, RBAC, watch and
// server-side apply are real. It imports nothing of Plumb's but may be imported only by tests
// and benchmarks.
package kubetest
