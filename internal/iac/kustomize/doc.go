// Package kustomize builds Kustomize directories with the kustomize API (krusty) in-process
// and reads the objects they build into native Kubernetes resources, each field located at
// the file that set it.
//
// A kustomization is built as `kustomize build` builds it, with plugins disabled and
// nothing fetched: a remote resource, base or component (a URL or a git repository) is left
// out of the build and reported, and so are helmCharts (Helm charts are scanned by the helm
// loader). A kustomization directory that another scanned kustomization builds on (a base, a
// component) is not built on its own: its objects are scanned through every overlay that
// uses it, as Terraform modules are read through their callers.
//
// Kustomize's output carries no line numbers, so each built object is matched to the base
// object it came from (same kind, same name or one namePrefix/nameSuffix extended) and each
// field is located, in this order, at: the base manifest line when the field there has the
// value built; the outermost patch that sets it (strategic merge patches matched through
// list merge keys such as a container's name; JSON 6902 operations by their path), in the
// patch file or in the kustomization's inline patch; the kustomization field of the
// transformer that changed it (namePrefix, namespace, labels, commonAnnotations, images,
// replicas); else the base line. A generated ConfigMap or Secret is located at its generator
// entry. Resources have origin resource.OriginKustomize, keys as manifests have, and Root
// the built directory relative to the scan root.
//
// Invariants: a kustomization that does not build is an error diagnostic at its file, and
// the others are still built; nothing here panics on input or reaches a network.
//
// It imports resource, iac, iac/kubernetes (whose parser reads manifests and the built
// YAML) and the kustomize api and kyaml modules; never policy.
package kustomize
