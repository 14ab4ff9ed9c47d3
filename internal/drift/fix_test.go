package drift_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/kubernetes"

	"github.com/plumbsec/plumb/internal/live/aws/mototest"
	"github.com/plumbsec/plumb/internal/live/kubernetes/kubetest"
)

// fixTF is the IaC of TestFixFromDriftTerraform: a tagged bucket, and a security group that
// only allows HTTPS from the private network.
const fixTF = `# Declared state of the fixdrift region.
resource "aws_s3_bucket" "data" {
  bucket = "fixdrift-data" # the data lake
  tags = {
    team = "a" # who pays
  }
}

resource "aws_security_group" "web" {
  name        = "fixdrift-web"
  description = "web front"

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
`

// entryOf returns the report's entry for key.
func entryOf(d driftDoc, key string) (kind, verdict string, paths []string, ok bool) {
	for _, e := range d.Entries {
		if e.Key == key {
			for _, c := range e.Changes {
				paths = append(paths, c.Path)
			}
			return e.Kind, e.Verdict, paths, true
		}
	}
	return "", "", nil, false
}

// gitApply applies a patch in dir as a user would.
func gitApply(t *testing.T, dir, patch string) {
	t.Helper()
	cmd := exec.Command("git", "apply", "--verbose", patch)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git apply %s: %v\n%s", patch, err, out)
	}
}

// TestFixFromDriftTerraform: a bucket declared with tags {team = "a"} is tagged team=b live
// (moto), and a security group that allows HTTPS from 10.0.0.0/8 is opened to the world on
// SSH. drift --against judges the tag benign and the group risky; fix --from-drift writes
// the patch that sets team = "b" on the tag's own line, comments kept, and leaves the group
// alone with a note on stderr. Once the patch is applied, the bucket is no longer drift.
func TestFixFromDriftTerraform(t *testing.T) {
	srv := mototest.Shared(t)
	mototest.Env(t, "")
	ctx := context.Background()
	cfg := srv.Config()
	s3c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	e := ec2.NewFromConfig(cfg)
	must(t, err2(s3c.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String("fixdrift-data")})))
	must(t, err2(s3c.PutBucketTagging(ctx, &s3.PutBucketTaggingInput{Bucket: aws.String("fixdrift-data"),
		Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("team"), Value: aws.String("b")}}}})))
	sg, err := e.CreateSecurityGroup(ctx, &ec2.CreateSecurityGroupInput{GroupName: aws.String("fixdrift-web"), Description: aws.String("web front")})
	must(t, err)
	must(t, err2(e.AuthorizeSecurityGroupIngress(ctx, &ec2.AuthorizeSecurityGroupIngressInput{GroupId: sg.GroupId,
		IpPermissions: []ec2types.IpPermission{tcp(443, "10.0.0.0/8", "https"), tcp(22, "0.0.0.0/0", "ssh")}})))

	dir := t.TempDir()
	tf := filepath.Join(dir, "main.tf")
	if err := os.WriteFile(tf, []byte(fixTF), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "plumb.db")
	scope := "aws:" + mototest.Account + "/" + mototest.Region
	live := []string{"--scope", scope, "--endpoint", srv.URL, "--no-config"}
	bucket := "arn:aws:s3:::fixdrift-data"
	sgKey := "arn:aws:ec2:" + mototest.Region + ":" + mototest.Account + ":security-group/" + aws.ToString(sg.GroupId)

	code, out, stderr := plumb(t, db, append([]string{"drift", "-o", "json", "--against", dir}, live...)...)
	if code != 1 {
		t.Fatalf("drift --against: exit %d, want 1\n%s%s", code, out, stderr)
	}
	d := decodeDrift(t, out)
	if kind, verdict, paths, _ := entryOf(d, bucket); kind != "changed" || verdict != "benign" || strings.Join(paths, ",") != "tags.team" {
		t.Fatalf("bucket: %s %s %v; want changed, benign, tags.team alone\n%s", kind, verdict, paths, out)
	}
	if _, verdict, _, _ := entryOf(d, sgKey); verdict != "risky" {
		t.Fatalf("security group: %q, want risky\n%s", verdict, out)
	}
	report := filepath.Join(t.TempDir(), "drift.json")
	must(t, os.WriteFile(report, []byte(out), 0o644))

	patch := filepath.Join(t.TempDir(), "fix.patch")
	code, diff, stderr := plumb(t, db, "fix", dir, "--from-drift", report, "--patch", patch, "--no-config")
	if code != 0 {
		t.Fatalf("fix --from-drift: exit %d\n%s%s", code, diff, stderr)
	}
	want := "-    team = \"a\" # who pays\n+    team = \"b\" # who pays\n"
	if !strings.Contains(diff, want) || strings.Count(diff, "\n+") != 2 || strings.Count(diff, "\n-") != 2 {
		t.Errorf("diff: want exactly the tag line rewritten (%q):\n%s", want, diff)
	}
	if !strings.Contains(stderr, sgKey) || !strings.Contains(stderr, "risky") || !strings.Contains(stderr, "PLB-AWS-VPC-001") {
		t.Errorf("stderr does not say the risky group was not written back:\n%s", stderr)
	}
	if src, _ := os.ReadFile(tf); string(src) != fixTF {
		t.Errorf("without --apply the file changed:\n%s", src)
	}
	if p, _ := os.ReadFile(patch); string(p) != diff {
		t.Errorf("--patch differs from the printed diff")
	}

	gitApply(t, dir, patch)
	src, _ := os.ReadFile(tf)
	if got := strings.Replace(fixTF, `team = "a"`, `team = "b"`, 1); string(src) != got {
		t.Errorf("patched file:\n%s\nwant:\n%s", src, got)
	}
	code, out, stderr = plumb(t, db, append([]string{"drift", "-o", "json", "--against", dir}, live...)...)
	if code != 1 {
		t.Fatalf("drift after the fix: exit %d, want 1 (the group)\n%s%s", code, out, stderr)
	}
	d = decodeDrift(t, out)
	if kind, _, paths, ok := entryOf(d, bucket); ok {
		t.Errorf("bucket still drifts after the fix: %s %v", kind, paths)
	}
	if _, verdict, _, _ := entryOf(d, sgKey); verdict != "risky" {
		t.Errorf("security group after the fix: %q, want still risky (never written back)", verdict)
	}

	// The stored run is the other source: the latest run is the one after the fix, so
	// nothing is left to write back and the group is still refused.
	code, diff, stderr = plumb(t, db, "fix", dir, "--from-drift", "latest", "--scope", scope, "--no-config")
	if code != 0 || diff != "" || !strings.Contains(stderr, sgKey) {
		t.Errorf("fix --from-drift latest after the fix: exit %d, diff %q\n%s", code, diff, stderr)
	}
}

// fixManifests is the IaC of TestFixFromDriftKubernetes.
const fixManifests = `apiVersion: v1
kind: Namespace
metadata:
  name: fixdrift
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: fixdrift
spec:
  replicas: 2 # the autoscaler owns this
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: fixdrift
spec:
  replicas: 1
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: registry.example.com/api:2.4.1
`

// TestFixFromDriftKubernetes: on a real API server, a Deployment declared with replicas: 2
// is scaled to 5 through the scale subresource, and another is made privileged. drift
// --against judges the scale benign and the privilege risky; fix --from-drift --apply
// rewrites the replicas line alone and never the privilege; afterwards the scaled
// Deployment is no longer drift.
func TestFixFromDriftKubernetes(t *testing.T) {
	srv := kubetest.Shared(t)
	dir := t.TempDir()
	manifests := filepath.Join(dir, "app.yaml")
	must(t, os.WriteFile(manifests, []byte(fixManifests), 0o644))
	srv.ApplyFiles(t, manifests)
	t.Setenv("XDG_DATA_HOME", t.TempDir())

	ctx := context.Background()
	cs, err := kubernetes.NewForConfig(srv.Config(srv.AdminToken))
	must(t, err)
	deps := cs.AppsV1().Deployments("fixdrift")
	scale, err := deps.GetScale(ctx, "web", metav1.GetOptions{})
	must(t, err)
	scale.Spec.Replicas = 5
	must(t, err2(deps.UpdateScale(ctx, "web", scale, metav1.UpdateOptions{})))
	patch := `{"spec":{"template":{"spec":{"containers":[{"name":"api","securityContext":{"privileged":true}}]}}}}`
	must(t, err2(deps.Patch(ctx, "api", types.StrategicMergePatchType, []byte(patch), metav1.PatchOptions{})))

	db := filepath.Join(t.TempDir(), "plumb.db")
	scope := "kubernetes:" + kubetest.AdminContext + "/fixdrift"
	live := []string{"--scope", scope, "--kubeconfig", srv.Kubeconfig, "--no-config"}
	web, api := "apps/v1/Deployment fixdrift/web", "apps/v1/Deployment fixdrift/api"

	code, out, stderr := plumb(t, db, append([]string{"drift", "-o", "json", "--against", dir}, live...)...)
	if code != 1 {
		t.Fatalf("drift --against: exit %d, want 1\n%s%s", code, out, stderr)
	}
	d := decodeDrift(t, out)
	if kind, verdict, paths, _ := entryOf(d, web); kind != "changed" || verdict != "benign" || strings.Join(paths, ",") != "spec.replicas" {
		t.Fatalf("web: %s %s %v; want changed, benign, spec.replicas alone\n%s", kind, verdict, paths, out)
	}
	if _, verdict, _, _ := entryOf(d, api); verdict != "risky" {
		t.Fatalf("api: %q, want risky\n%s", verdict, out)
	}

	// From the stored run this time, applied in place.
	code, diff, stderr := plumb(t, db, "fix", dir, "--from-drift", "latest", "--scope", scope, "--apply", "--no-config")
	if code != 0 {
		t.Fatalf("fix --from-drift latest --apply: exit %d\n%s%s", code, diff, stderr)
	}
	if !strings.Contains(diff, "-  replicas: 2 # the autoscaler owns this\n+  replicas: 5 # the autoscaler owns this\n") ||
		strings.Count(diff, "\n+") != 2 || strings.Contains(diff, "privileged") {
		t.Errorf("diff: want the replicas line alone:\n%s", diff)
	}
	if !strings.Contains(stderr, api) || !strings.Contains(stderr, "risky") {
		t.Errorf("stderr does not say the privileged api was not written back:\n%s", stderr)
	}
	src, _ := os.ReadFile(manifests)
	if want := strings.Replace(fixManifests, "replicas: 2", "replicas: 5", 1); string(src) != want {
		t.Errorf("applied file:\n%s\nwant:\n%s", src, want)
	}

	code, out, stderr = plumb(t, db, append([]string{"drift", "-o", "json", "--against", dir}, live...)...)
	if code != 1 {
		t.Fatalf("drift after the fix: exit %d, want 1 (api)\n%s%s", code, out, stderr)
	}
	d = decodeDrift(t, out)
	if kind, _, paths, ok := entryOf(d, web); ok {
		t.Errorf("web still drifts after the fix: %s %v", kind, paths)
	}
	if _, verdict, _, _ := entryOf(d, api); verdict != "risky" {
		t.Errorf("api after the fix: %q, want still risky", verdict)
	}
	// Run twice, nothing more to write.
	code, diff, _ = plumb(t, db, "fix", dir, "--from-drift", "latest", "--scope", scope, "--no-config")
	if code != 0 || diff != "" {
		t.Errorf("second fix: exit %d, diff:\n%s", code, diff)
	}
}
