package kustomize_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/kustomize"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// objectsPerApp is how many objects an application's overlay builds: a Deployment, its
// Service, ConfigMap, ServiceAccount and a CronJob.
const objectsPerApp = 5

const benchBase = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: web
          image: registry.example.com/shop/web:1.0.0
          ports:
            - containerPort: 8080
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data:
  LOG_LEVEL: info
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
automountServiceAccountToken: false
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: web-report
spec:
  schedule: "0 4 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/shop/web-report:1.0.0
`

const benchOverlay = `namePrefix: app-%[1]d-
namespace: team-%[2]d
labels:
  - pairs: {team: team-%[2]d}
    includeSelectors: true
resources:
  - ../../base
patches:
  - path: replicas.yaml
images:
  - name: registry.example.com/shop/web
    newTag: 1.%[3]d.0
`

const benchPatch = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          env:
            - name: REGION
              value: eu-west-1
`

// writeApps writes n objects as n/objectsPerApp applications, each a base and a prod
// overlay, and returns the root, every kustomization directory and the overlays.
func writeApps(b *testing.B, n int) (string, []string, []string) {
	b.Helper()
	root := b.TempDir()
	var dirs, overlays []string
	for a := 0; a*objectsPerApp < n; a++ {
		app := filepath.Join(root, fmt.Sprintf("app-%05d", a))
		files := map[string]string{
			"base/kustomization.yaml":          "resources: [objects.yaml]\n",
			"base/objects.yaml":                benchBase,
			"overlays/prod/kustomization.yaml": fmt.Sprintf(benchOverlay, a, a%20, a%10),
			"overlays/prod/replicas.yaml":      benchPatch,
		}
		for name, body := range files {
			p := filepath.Join(app, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		dirs = append(dirs, filepath.Join(app, "base"), filepath.Join(app, "overlays", "prod"))
		overlays = append(overlays, filepath.Join(app, "overlays", "prod"))
	}
	return root, dirs, overlays
}

// BenchmarkKustomize measures, at 1k and 10k built objects: build (krusty alone, as
// `kustomize build` builds each overlay, one after another: the cost Plumb cannot avoid),
// load (Plumb's loader: reading the tree, building, attributing every field, parsing, on
// every core), load+adapt, and scan (the whole scan.Run with every built-in rule).
func BenchmarkKustomize(b *testing.B) {
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		root, dirs, overlays := writeApps(b, n)
		report := func(b *testing.B, resources int) {
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(len(overlays))/sec, "overlays/s")
			b.ReportMetric(float64(resources)/sec, "resources/s")
		}
		b.Run(fmt.Sprintf("objects=%d/build", n), func(b *testing.B) {
			k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
			fs := filesys.MakeFsOnDisk()
			for b.Loop() {
				for _, o := range overlays {
					if _, err := k.Run(fs, o); err != nil {
						b.Fatal(err)
					}
				}
			}
			report(b, n)
		})
		for _, phase := range []string{"load", "load+adapt"} {
			b.Run(fmt.Sprintf("objects=%d/%s", n, phase), func(b *testing.B) {
				b.ReportAllocs()
				resources := 0
				for b.Loop() {
					res := kustomize.Load(ctx, root, dirs)
					if len(res.Diagnostics) > 0 {
						b.Fatalf("diagnostics: %v", res.Diagnostics[0])
					}
					resources = len(res.Resources)
					if phase == "load+adapt" {
						resources = len(adapt.Canonical(res.Resources))
					}
				}
				if resources != n {
					b.Fatalf("loaded %d resources, want %d", resources, n)
				}
				report(b, resources)
			})
		}
		b.Run(fmt.Sprintf("objects=%d/scan", n), func(b *testing.B) {
			resources := 0
			for b.Loop() {
				res, err := scan.Run(ctx, eng, scan.Options{Path: root})
				if err != nil {
					b.Fatal(err)
				}
				resources = res.Resources
			}
			if resources != n {
				b.Fatalf("scanned %d resources, want %d", resources, n)
			}
			report(b, resources)
		})
	}
}
