package helm_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/helm"
	"github.com/plumbsec/plumb/internal/policy"
	"github.com/plumbsec/plumb/internal/scan"
)

// objectsPerChart is how many objects a generated chart renders: a Deployment, its
// Service, ConfigMap, ServiceAccount and a CronJob, as an application's chart does.
const objectsPerChart = 5

var benchTemplates = map[string]string{
	"templates/_helpers.tpl": `{{- define "app.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "app.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
`,
	"templates/deployment.yaml": `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "app.labels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "app.labels" . | nindent 8 }}
    spec:
      serviceAccountName: {{ include "app.fullname" . }}
      {{- with .Values.podSecurityContext }}
      securityContext:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          ports:
            - containerPort: {{ .Values.service.targetPort }}
          env:
            {{- range $k, $v := .Values.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
`,
	"templates/service.yaml": `apiVersion: v1
kind: Service
metadata:
  name: {{ include "app.fullname" . }}
spec:
  selector:
    {{- include "app.labels" . | nindent 4 }}
  ports:
    - port: {{ .Values.service.port }}
      targetPort: {{ .Values.service.targetPort }}
`,
	"templates/configmap.yaml": `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "app.fullname" . }}
data:
  {{- range $k, $v := .Values.env }}
  {{ $k }}: {{ $v | quote }}
  {{- end }}
`,
	"templates/serviceaccount.yaml": `apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "app.fullname" . }}
automountServiceAccountToken: {{ .Values.serviceAccount.automount }}
`,
	"templates/cronjob.yaml": `apiVersion: batch/v1
kind: CronJob
metadata:
  name: {{ include "app.fullname" . }}-report
spec:
  schedule: {{ .Values.report.schedule | quote }}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: "{{ .Values.image.repository }}-report:{{ .Values.image.tag }}"
              args: [--since, 24h]
`,
}

const benchValues = `replicaCount: 3
image:
  repository: registry.example.com/shop/app-%[1]d
  tag: "1.%[2]d.0"
service:
  port: 80
  targetPort: 8080
serviceAccount:
  automount: false
podSecurityContext:
  runAsNonRoot: true
  seccompProfile:
    type: RuntimeDefault
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: [ALL]
resources:
  requests: {cpu: 100m, memory: 128Mi}
  limits: {memory: 256Mi}
env:
  LOG_LEVEL: info
  CACHE: "on"
report:
  schedule: "0 4 * * *"
`

// writeCharts writes n objects as n/objectsPerChart charts and returns their directories.
func writeCharts(b *testing.B, n int) (string, []string) {
	b.Helper()
	root := b.TempDir()
	var dirs []string
	for c := 0; c*objectsPerChart < n; c++ {
		dir := filepath.Join(root, fmt.Sprintf("app-%05d", c))
		files := map[string]string{
			"Chart.yaml":  fmt.Sprintf("apiVersion: v2\nname: app-%d\nversion: 1.0.%d\n", c, c%10),
			"values.yaml": fmt.Sprintf(benchValues, c, c%10),
		}
		for k, v := range benchTemplates {
			files[k] = v
		}
		for name, body := range files {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		dirs = append(dirs, dir)
	}
	return root, dirs
}

// renderPlain is `helm template` without anything of Plumb's: load, values, render.
func renderPlain(b *testing.B, dir string) int {
	c, err := loader.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	vals, err := chartutil.ToRenderValuesWithSchemaValidation(c, map[string]any{}, chartutil.ReleaseOptions{Name: helm.ReleaseName, Namespace: helm.ReleaseNamespace}, chartutil.DefaultCapabilities, true)
	if err != nil {
		b.Fatal(err)
	}
	out, err := engine.Engine{}.Render(c, vals)
	if err != nil {
		b.Fatal(err)
	}
	return len(out)
}

// BenchmarkHelm measures, at 1k and 10k rendered objects: render (Helm's engine alone, as
// `helm template` renders, one chart after another: the cost Plumb cannot avoid), load
// (Plumb's loader: markers, render, line mapping, values attribution, parsing, on every
// core), load+adapt, and scan (the whole scan.Run with every built-in rule).
func BenchmarkHelm(b *testing.B) {
	ctx := context.Background()
	eng, err := policy.Load(ctx, policy.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000} {
		root, dirs := writeCharts(b, n)
		report := func(b *testing.B, resources int) {
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(len(dirs))/sec, "charts/s")
			b.ReportMetric(float64(resources)/sec, "resources/s")
		}
		b.Run(fmt.Sprintf("objects=%d/render", n), func(b *testing.B) {
			for b.Loop() {
				for _, d := range dirs {
					renderPlain(b, d)
				}
			}
			report(b, n)
		})
		for _, phase := range []string{"load", "load+adapt"} {
			b.Run(fmt.Sprintf("objects=%d/%s", n, phase), func(b *testing.B) {
				b.ReportAllocs()
				resources := 0
				for b.Loop() {
					res := helm.Load(ctx, root, dirs, helm.Options{})
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
