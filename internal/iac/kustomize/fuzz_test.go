package kustomize

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzOverlay builds an overlay whose kustomization and patch are arbitrary, over a fixed
// base: Load never panics or reaches a network, every diagnostic names a file, and every
// location lies in a file of the tree.
func FuzzOverlay(f *testing.F) {
	f.Add("resources: [../base]\npatches:\n  - path: patch.yaml\n", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      hostNetwork: true\n")
	f.Add("resources: [../base]\npatches:\n  - target: {kind: Deployment}\n    path: patch.yaml\n", "- op: add\n  path: /spec/template/spec/hostPID\n  value: true\n")
	f.Add("resources: [../base, https://example.com/x.yaml, github.com/a/b]\nnamePrefix: p-\nimages: [{name: nginx, newTag: latest}]\n", "")
	f.Add("resources: [../base]\npatchesStrategicMerge:\n  - |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: web}\n    spec: {replicas: 9}\n", "a: &a [*a]")
	f.Fuzz(func(t *testing.T, kust, patch string) {
		if strings.Contains(kust, "helm") || len(kust)+len(patch) > 8192 {
			return
		}
		dir := t.TempDir()
		files := map[string]string{
			"base/kustomization.yaml":    "resources: [deployment.yaml]\n",
			"base/deployment.yaml":       "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n",
			"overlay/kustomization.yaml": kust,
			"overlay/patch.yaml":         patch,
		}
		lines := map[string]int{}
		for name, body := range files {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			lines[name] = strings.Count(body, "\n") + 1
		}
		res := Load(context.Background(), dir, []string{filepath.Join(dir, "base"), filepath.Join(dir, "overlay")})
		for _, d := range res.Diagnostics {
			if d.File == "" {
				t.Errorf("diagnostic without a file: %s", d)
			}
		}
		for _, r := range res.Resources {
			for p, l := range r.Locations {
				n, ok := lines[l.File]
				if !ok || l.StartLine < 1 || l.EndLine < l.StartLine || l.EndLine > n {
					t.Errorf("%s %s at %s, outside the tree's files", r.Key, p, l)
				}
			}
		}
	})
}
