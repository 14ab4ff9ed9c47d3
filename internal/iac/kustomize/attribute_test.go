package kustomize_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/iac/kustomize"
	"github.com/plumbsec/plumb/internal/resource"
)

// TestPatchForms: every way of writing a patch locates what it sets at its own lines, list
// items matched by their merge key, and leaves the base's lines to what it does not touch.
func TestPatchForms(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"base/kustomization.yaml": "resources: [pod.yaml]\n",
		"base/pod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: api
      image: registry.example.com/api:1.0.0
      ports:
        - containerPort: 8080
`,
		"overlay/kustomization.yaml": `resources: [../base]
patchesStrategicMerge:
  - sidecar.yaml
  - |-
    apiVersion: v1
    kind: Pod
    metadata:
      name: api
    spec:
      hostPID: true
patchesJson6902:
  - target: {version: v1, kind: Pod, name: api}
    path: ops.yaml
`,
		"overlay/sidecar.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: proxy
      image: registry.example.com/proxy:2.0.0
      securityContext:
        runAsUser: 0
`,
		"overlay/ops.yaml": `- op: add
  path: /spec/hostIPC
  value: true
- op: add
  path: /spec/containers/0/securityContext
  value:
    privileged: true
`,
	})
	res := kustomize.Load(context.Background(), dir, []string{filepath.Join(dir, "base"), filepath.Join(dir, "overlay")})
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %s", d)
	}
	if len(res.Resources) != 1 {
		t.Fatalf("%d resources, want 1", len(res.Resources))
	}
	r := res.Resources[0]
	idx := map[string]int{}
	cs, _ := resource.Get(r.Attributes, resource.ParsePath("spec.containers"))
	for i, c := range cs.([]any) {
		idx[c.(map[string]any)["name"].(string)] = i
	}
	at := func(name, rest string) string {
		return "spec.containers." + itoa(idx[name]) + "." + rest
	}
	for path, want := range map[string]string{
		"spec.hostPID":                     "overlay/kustomization.yaml:10",
		"spec.hostIPC":                     "overlay/ops.yaml:3",
		at("api", "image"):                 "base/pod.yaml:8",
		at("api", "ports.0.containerPort"): "base/pod.yaml:10",
		at("proxy", "image"):               "overlay/sidecar.yaml:8",
		at("proxy", "name"):                "overlay/sidecar.yaml:7",
	} {
		if got := r.Locations[path].String(); got != want {
			t.Errorf("%s at %s, want %s", path, got, want)
		}
	}
	// The JSON patch names the container by index, after the strategic merge (which put the
	// sidecar first): its securityContext is the operation's, located at the value's lines.
	if _, ok := r.Locations[at("proxy", "securityContext.runAsUser")]; ok || idx["proxy"] != 0 {
		t.Errorf("containers %v: the operation should have replaced the sidecar's securityContext", idx)
	}
	if got := r.Locations["spec.containers.0.securityContext.privileged"].String(); got != "overlay/ops.yaml:7" {
		t.Errorf("privileged at %s, want overlay/ops.yaml:7", got)
	}
}
