// Package helm renders Helm charts with Helm's own engine, used as a library, and reads the
// objects they render into native Kubernetes resources located in the chart's templates.
//
// A chart is rendered as `helm template` renders it, offline: the chart's values.yaml, then
// the --values files, then the --set expressions; subcharts from charts/ (directories and
// packaged .tgz), enabled or not by their condition and tags; release "release" in
// namespace "default"; the default capabilities of Helm's library. Nothing reaches a
// network: dependencies are never downloaded (one missing from charts/ is reported),
// `lookup` returns an empty object, DNS lookups return "" and values.schema.json is not
// checked (its $refs could name remote schemas). Hooks are never run: a hook's manifest
// (and a test's) is rendered and scanned as the object it declares, like any other.
//
// Every attribute is located at the template file and line that produced it (see
// linemap.go for how); an attribute a template line writes out whole from .Values is
// located at the values file line that set it, with the template line in Location.Via.
// Resources have origin resource.OriginHelm, keys as manifests have, and Root the chart's
// directory relative to the scan root.
//
// Invariants: a chart that does not load or render is an error diagnostic at the file and
// line Helm names, and the other charts are still read; a failing template is left out and
// the rest of its chart is still rendered. Nothing here panics on input.
//
// It imports resource, iac and iac/kubernetes (whose parser reads the rendered YAML) and
// Helm's chart, loader, chartutil, engine and strvals packages; never policy.
package helm
