package fix_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/fix"
	"github.com/plumbsec/plumb/internal/resource"
	"github.com/plumbsec/plumb/internal/scan"
	"github.com/plumbsec/plumb/internal/store"
)

const driftTF = `variable "owner" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "fd-data"
  tags = {
    team  = "a" # who pays
    owner = var.owner
    cost  = "${var.owner}-c"
    tier  = 2
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "fd-logs"
  acl    = "private"
}

resource "aws_s3_bucket" "multi" {
  count  = 2
  bucket = "fd-multi-${count.index}"
  tags   = { team = "a" }
}
`

const driftVars = "owner = \"ops\" # set per env\n"

func change(path string, before, after any) store.Change {
	return store.Change{Path: resource.ParsePath(path), Before: before, After: after}
}

func entry(key, typ string, kind store.DriftKind, verdict store.Verdict, changes ...store.Change) fix.DriftEntry {
	var e fix.DriftEntry
	e.Key, e.Type, e.Kind, e.Verdict, e.Changes = key, typ, kind, verdict, changes
	return e
}

// TestFixFromDriftPlan: each live value of benign drift is written where the IaC sets it
// (an object literal's item, a number), every other byte kept; a value computed by an
// expression, a tfvars value whose variable is also read elsewhere, a line shared by count
// instances, a value the IaC no longer holds, risky drift and added resources are not
// written, each with its reason.
func TestFixFromDriftPlan(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{"main.tf": driftTF, "terraform.tfvars": driftVars} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	loaded, err := scan.Resources(context.Background(), scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	risky := entry("arn:aws:s3:::fd-logs", "aws_s3_bucket", store.Changed, store.Risky, change("acl", "private", "public-read"))
	risky.Rules = []string{"PLB-AWS-S3-002"}
	entries := []fix.DriftEntry{
		entry("arn:aws:s3:::fd-data", "aws_s3_bucket", store.Changed, store.Benign,
			change("tags.team", "a", "b"),
			change("tags.owner", "ops", "platform"),
			change("tags.cost", "ops-c", "x-c"),
			change("tags.tier", 2.0, 3.0),
		),
		entry("arn:aws:s3:::fd-logs", "aws_s3_bucket", store.Changed, store.Benign, change("bucket", "fd-old", "fd-new")),
		risky,
		entry("arn:aws:s3:::elsewhere", "aws_s3_bucket", store.Added, store.Benign),
		entry("arn:aws:s3:::fd-missing", "aws_s3_bucket", store.Changed, store.Benign, change("tags.team", "a", "b")),
		entry("arn:aws:s3:::fd-multi-1", "aws_s3_bucket", store.Changed, store.Benign, change("tags.team", "a", "b")),
	}
	edits, notes := fix.PlanDrift(entries, loaded.Resources, dir)
	got := map[string]string{}
	for _, e := range edits {
		got[e.File] = string(e.New)
		if string(e.Old) != map[string]string{"main.tf": driftTF, "terraform.tfvars": driftVars}[e.File] {
			t.Errorf("%s: Old is not the file's content", e.File)
		}
	}
	wantTF := strings.NewReplacer(`team  = "a"`, `team  = "b"`, `tier  = 2`, `tier  = 3`).Replace(driftTF)
	if got["main.tf"] != wantTF {
		t.Errorf("main.tf:\n%s\nwant:\n%s", got["main.tf"], wantTF)
	}
	if _, ok := got["terraform.tfvars"]; ok || len(edits) != 1 {
		t.Errorf("%d edits (%v), want main.tf alone: var.owner is also read by tags.cost", len(edits), got)
	}
	reasons := map[string]string{}
	for _, n := range notes {
		reasons[n.Key+" "+n.Path.String()] = n.Reason
	}
	for key, want := range map[string]string{
		"arn:aws:s3:::fd-data tags.cost": "not written as a literal",
		"arn:aws:s3:::fd-logs bucket":    `the IaC holds "fd-logs", not "fd-old"`,
		"arn:aws:s3:::fd-logs ":          "risky drift (breaks PLB-AWS-S3-002): revert it instead",
		"arn:aws:s3:::elsewhere ":        "exists live but is not declared",
		"arn:aws:s3:::fd-missing ":       "no IaC resource under the path declares it",
	} {
		if !strings.Contains(reasons[key], want) {
			t.Errorf("note for %s: %q, want it to say %q", key, reasons[key], want)
		}
	}
	if len(notes) != 7 {
		t.Errorf("%d notes, want 7: %+v", len(notes), notes)
	}

	// Written back, the same plan has nothing left to write: every value is the live one.
	if err := fix.Apply(dir, edits); err != nil {
		t.Fatal(err)
	}
	loaded, err = scan.Resources(context.Background(), scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	edits, notes = fix.PlanDrift(entries[:1], loaded.Resources, dir)
	if len(edits) != 0 {
		t.Errorf("second plan edits %d files", len(edits))
	}
	for _, n := range notes {
		if n.Path.String() != "tags.cost" && n.Path.String() != "tags.owner" && !strings.Contains(n.Reason, "already holds the live value") {
			t.Errorf("second plan: %s %s: %s", n.Key, n.Path, n.Reason)
		}
	}
}

// writeTree writes files (name → content) under a new temp dir.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const chartTemplate = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: shop
spec:
  replicas: {{ add .Values.workers 1 }}
  selector:
    matchLabels: {app: worker}
  template:
    metadata:
      labels: {app: worker}
    spec:
      containers:
        - name: worker
          image: nginx:1.27
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: batch
  namespace: shop
  labels:
    size: "{{ .Values.workers }}"
spec:
  replicas: {{ .Values.workers }}
  selector:
    matchLabels: {app: batch}
  template:
    metadata:
      labels: {app: batch}
    spec:
      containers:
        - name: batch
          image: nginx:1.27
`

// TestFixFromDriftValuesAndInputs: a live value is written where it came from: a Helm
// chart's values.yaml line, the tfvars object a variable was set by, a module's input. A
// value a template computes from values.yaml (workers + 1) is not written there, nor is a
// values.yaml line that also feeds another value (workers, also a label).
func TestFixFromDriftValuesAndInputs(t *testing.T) {
	files := map[string]string{
		"chart/Chart.yaml":            "apiVersion: v2\nname: shop\nversion: 0.1.0\n",
		"chart/values.yaml":           "# shop chart\nreplicaCount: 2 # per zone\nworkers: 3\n",
		"chart/templates/deploy.yaml": chartTemplate,
		"tf/main.tf": `variable "tags" {
  type = map(string)
}
module "store" {
  source = "./mod"
  name   = "fd4-store"
  team   = "a"
}
resource "aws_s3_bucket" "logs" {
  bucket = "fd4-logs"
  tags   = var.tags
}
`,
		"tf/terraform.tfvars": "tags = {\n  team = \"a\" # billing\n}\n",
		"tf/mod/main.tf": `variable "name" { type = string }
variable "team" { type = string }
resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = { team = var.team }
}
`,
	}
	dir := writeTree(t, files)
	var edits []fix.Edit
	var notes []fix.DriftNote
	for _, c := range []struct {
		sub     string
		entries []fix.DriftEntry
	}{
		{"chart", []fix.DriftEntry{
			entry("apps/v1/Deployment shop/web", "Deployment", store.Changed, store.Benign, change("spec.replicas", 2.0, 5.0)),
			entry("apps/v1/Deployment shop/worker", "Deployment", store.Changed, store.Benign, change("spec.replicas", 4.0, 6.0)),
			entry("apps/v1/Deployment shop/batch", "Deployment", store.Changed, store.Benign, change("spec.replicas", 3.0, 7.0)),
		}},
		{"tf", []fix.DriftEntry{
			entry("arn:aws:s3:::fd4-logs", "aws_s3_bucket", store.Changed, store.Benign, change("tags.team", "a", "b")),
			entry("arn:aws:s3:::fd4-store", "aws_s3_bucket", store.Changed, store.Benign, change("tags.team", "a", "c")),
		}},
	} {
		root := filepath.Join(dir, c.sub)
		loaded, err := scan.Resources(context.Background(), scan.Options{Path: root})
		if err != nil {
			t.Fatal(err)
		}
		e, n := fix.PlanDrift(c.entries, loaded.Resources, root)
		for i := range e {
			e[i].File = c.sub + "/" + e[i].File
		}
		edits, notes = append(edits, e...), append(notes, n...)
	}
	got := map[string]string{}
	for _, e := range edits {
		got[e.File] = string(e.New)
	}
	want := map[string]string{
		"chart/values.yaml":   "# shop chart\nreplicaCount: 5 # per zone\nworkers: 3\n",
		"tf/terraform.tfvars": "tags = {\n  team = \"b\" # billing\n}\n",
		"tf/main.tf":          strings.Replace(files["tf/main.tf"], `team   = "a"`, `team   = "c"`, 1),
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s:\n%s\nwant:\n%s", name, got[name], w)
		}
	}
	if len(edits) != len(want) {
		t.Errorf("%d edits, want %d: %v", len(edits), len(want), got)
	}
	reasons := map[string]string{}
	for _, n := range notes {
		reasons[n.Key] = n.Reason
	}
	if len(notes) != 2 || !strings.Contains(reasons["apps/v1/Deployment shop/worker"], "computed") ||
		!strings.Contains(reasons["apps/v1/Deployment shop/batch"], "also decides other things") {
		t.Errorf("notes: %+v; want the worker's computed replicas and batch's shared value refused", notes)
	}
}

// TestFixFromDriftDottedKeys: a report writes paths with dots, and label keys hold dots: a
// changed label and a label added live are written at their own key, not split into
// nested keys.
func TestFixFromDriftDottedKeys(t *testing.T) {
	const manifest = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
  labels:
    app.kubernetes.io/name: shop # the app
data:
  mode: fast
`
	dir := writeTree(t, map[string]string{"cm.yaml": manifest})
	loaded, err := scan.Resources(context.Background(), scan.Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	edits, notes := fix.PlanDrift([]fix.DriftEntry{entry("v1/ConfigMap shop/settings", "ConfigMap", store.Changed, store.Benign,
		change("metadata.labels.app.kubernetes.io/name", "shop", "store"),
		change("metadata.labels.app.kubernetes.io/part-of", nil, "retail"),
	)}, loaded.Resources, dir)
	want := strings.Replace(manifest, "app.kubernetes.io/name: shop # the app\n",
		"app.kubernetes.io/name: store # the app\n    app.kubernetes.io/part-of: retail\n", 1)
	if len(edits) != 1 || string(edits[0].New) != want || len(notes) != 0 {
		var got string
		if len(edits) > 0 {
			got = string(edits[0].New)
		}
		t.Errorf("edits %d, notes %+v:\n%s\nwant:\n%s", len(edits), notes, got, want)
	}
}
