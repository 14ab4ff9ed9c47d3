package kubernetes_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/kubernetes"
)

// objectsPerFile is how many documents a generated file holds: an application's manifest
// (a Deployment, its Service, ConfigMap, ServiceAccount and a CronJob).
const objectsPerFile = 5

// writeCorpus writes n objects as n/objectsPerFile multi-document files and returns them.
func writeCorpus(b *testing.B, n int) (string, []string) {
	b.Helper()
	dir := b.TempDir()
	var files []string
	for f := 0; f*objectsPerFile < n; f++ {
		var s strings.Builder
		for i := 0; i < objectsPerFile && f*objectsPerFile+i < n; i++ {
			if i > 0 {
				s.WriteString("---\n")
			}
			s.WriteString(generated(f, i))
		}
		p := filepath.Join(dir, fmt.Sprintf("app-%05d.yaml", f))
		if err := os.WriteFile(p, []byte(s.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, p)
	}
	return dir, files
}

func generated(app, i int) string {
	name := fmt.Sprintf("app-%d", app)
	ns := fmt.Sprintf("team-%d", app%20)
	switch i {
	case 0:
		return fmt.Sprintf(`# %[1]s: the web tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: %[1]s
  namespace: %[2]s
  labels: &labels
    app.kubernetes.io/name: %[1]s
    app.kubernetes.io/part-of: shop
spec:
  replicas: 3
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels: *labels
      annotations:
        prometheus.io/scrape: "true"
    spec:
      serviceAccountName: %[1]s
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: web
          image: registry.example.com/%[1]s:1.%[3]d.0
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef: {name: %[1]s, key: LOG_LEVEL}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
`, name, ns, app%10)
	case 1:
		return fmt.Sprintf("apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  selector:\n    app.kubernetes.io/name: %s\n  ports:\n    - port: 80\n      targetPort: 8080\n", name, ns, name)
	case 2:
		return fmt.Sprintf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\n  namespace: %s\ndata:\n  LOG_LEVEL: info\n  app.properties: |\n    cache=on\n    pool=16\n", name, ns)
	case 3:
		return fmt.Sprintf("apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: %s\n  namespace: %s\nautomountServiceAccountToken: false\n", name, ns)
	}
	return fmt.Sprintf(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: %[1]s-report
  namespace: %[2]s
spec:
  schedule: "0 4 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/%[1]s-report:2.0
              args: [--since, 24h]
`, name, ns)
}

// BenchmarkLoad measures reading manifests (files/s, resources/s), and reading them then
// adapting them to the canonical model, at 1k and 10k objects.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		dir, files := writeCorpus(b, n)
		for _, adapted := range []bool{false, true} {
			name := fmt.Sprintf("objects=%d/load", n)
			if adapted {
				name += "+adapt"
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				resources := 0
				for b.Loop() {
					res := kubernetes.Load(context.Background(), dir, files)
					if len(res.Diagnostics) > 0 {
						b.Fatalf("diagnostics: %v", res.Diagnostics)
					}
					resources = len(res.Resources)
					if adapted {
						resources = len(adapt.Canonical(res.Resources))
					}
				}
				if resources != n {
					b.Fatalf("loaded %d resources, want %d", resources, n)
				}
				sec := b.Elapsed().Seconds() / float64(b.N)
				b.ReportMetric(float64(len(files))/sec, "files/s")
				b.ReportMetric(float64(resources)/sec, "resources/s")
			})
		}
	}
}
