package graph

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/iac/cloudformation"
	"github.com/plumbsec/plumb/internal/iac/kubernetes"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// terraformGraph loads Terraform source (file name → content) with the real loader and
// adapters, as a scan does, and builds its graph.
func terraformGraph(t *testing.T, files map[string]string) *Graph {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := terraform.Load(dir, terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Error {
			t.Fatalf("fixture does not load: %s", d)
		}
	}
	return Build(adapt.Canonical(res.Resources))
}

func kubernetesGraph(t *testing.T, manifest string) *Graph {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "app.yaml")
	if err := os.WriteFile(p, []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	res := kubernetes.Load(context.Background(), dir, []string{p})
	for _, d := range res.Diagnostics {
		if d.Error {
			t.Fatalf("fixture does not load: %s", d)
		}
	}
	return Build(adapt.Canonical(res.Resources))
}

func example(t *testing.T, name string) map[string]string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "examples", "terraform", "breach-path", name, "main.tf"))
	if err != nil {
		t.Fatal(err)
	}
	return map[string]string{"main.tf": string(src)}
}

// pathOf is the breach path through a resource as "key (edge)" hops, or nil.
func pathOf(g *Graph, key string) []string {
	p := g.reach().path(ID(".", key))
	var out []string
	for _, e := range p {
		out = append(out, g.nodes[e.To].Key+" ("+e.Text()+")")
	}
	return out
}

func TestExposedExample(t *testing.T) {
	g := terraformGraph(t, example(t, "exposed"))
	want := []string{
		"aws_lb.web (internet-facing, 0.0.0.0/0 ingress on port 443)",
		"aws_instance.app (target)",
		"aws_iam_role.app (instance profile)",
		"aws_s3_bucket.data (s3:GetObject)",
	}
	// Every resource on the chain, and every one an edge of it passes through, has the path.
	for _, key := range []string{"aws_lb.web", "aws_instance.app", "aws_iam_role.app", "aws_s3_bucket.data",
		"aws_security_group.lb", "aws_lb_listener.https", "aws_lb_target_group.app", "aws_lb_target_group_attachment.app",
		"aws_iam_instance_profile.app", "aws_iam_role_policy.read_data"} {
		if got := pathOf(g, key); !slices.Equal(got, want) {
			t.Errorf("path through %s:\n got %q\nwant %q", key, got, want)
		}
	}
	// Nothing the internet needs in order to reach the bucket: no path.
	for _, key := range []string{"aws_vpc.main", "aws_subnet.a"} {
		if got := pathOf(g, key); got != nil {
			t.Errorf("%s is on no breach path, got %q", key, got)
		}
	}
	// The instance's group admits the load balancer's: the same chain, by the network edge
	// that group makes.
	if got := pathOf(g, "aws_security_group.app"); len(got) != 4 || got[1] != "aws_instance.app (network on port 8080)" {
		t.Errorf("path through the instance's group: %q", got)
	}
	if g.EntryPoints["aws_security_group.lb"] == "" || g.CrownJewels["aws_s3_bucket.data"] != "data store" {
		t.Errorf("entry points %v, crown jewels %v", g.EntryPoints, g.CrownJewels)
	}
}

func TestInternalExampleHasNoPath(t *testing.T) {
	g := terraformGraph(t, example(t, "internal"))
	if len(g.EntryPoints) != 0 {
		t.Errorf("an internal load balancer admitting only the VPC is no entry point: %v", g.EntryPoints)
	}
	// The role still reads the bucket: the graph has the edge, only the exposure is gone.
	if !hasEdge(g, "aws_iam_role.app", "aws_s3_bucket.data", Access) {
		t.Error("the role's access to the bucket is missing")
	}
	f := &finding.Finding{Rule: &finding.Rule{ID: "X", Severity: finding.Low}, ResourceKey: "aws_s3_bucket.data", ResourceRoot: "."}
	g.Rank([]*finding.Finding{f})
	if f.Breach != nil || f.Severity() != finding.Low {
		t.Errorf("ranked %+v", f.Breach)
	}
}

func TestRankRaisesSeverity(t *testing.T) {
	g := terraformGraph(t, example(t, "exposed"))
	low := &finding.Finding{Rule: &finding.Rule{ID: "A", Severity: finding.Low}, ResourceKey: "aws_s3_bucket.data", ResourceRoot: "."}
	crit := &finding.Finding{Rule: &finding.Rule{ID: "B", Severity: finding.Critical}, ResourceKey: "aws_lb.web", ResourceRoot: "."}
	off := &finding.Finding{Rule: &finding.Rule{ID: "C", Severity: finding.High}, ResourceKey: "aws_vpc.main", ResourceRoot: "."}
	g.Rank([]*finding.Finding{low, crit, off})
	if low.Severity() != finding.Medium || low.Rule.Severity != finding.Low || crit.Severity() != finding.Critical || off.Breach != nil {
		t.Errorf("severities: %v %v %v (breach on the VPC: %v)", low.Severity(), crit.Severity(), off.Severity(), off.Breach != nil)
	}
	if low.Breach == nil || len(low.Breach.Path) != 4 || low.Breach.Jewel != "data store" {
		t.Fatalf("breach %+v", low.Breach)
	}
	h := low.Breach.Path[1]
	if h.Key != "aws_instance.app" || h.Location.File != "main.tf" || h.Location.StartLine == 0 ||
		!slices.Equal(h.Via, []string{"aws_lb_listener.https", "aws_lb_target_group.app", "aws_lb_target_group_attachment.app"}) {
		t.Errorf("hop %+v", h)
	}
}

func hasEdge(g *Graph, from, to string, kind EdgeKind) bool {
	for _, e := range g.Edges {
		if e.From == ID(".", from) && e.To == ID(".", to) && e.Kind == kind {
			return true
		}
	}
	return false
}

const buckets = `
resource "aws_s3_bucket" "a" {
  bucket = "acme-a"
}
resource "aws_s3_bucket" "b" {
  bucket = "acme-b"
}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = "{}"
}
`

func rolePolicy(statements string) map[string]string {
	return map[string]string{"main.tf": buckets + `
resource "aws_iam_role_policy" "p" {
  role   = aws_iam_role.r.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [` + statements + `] })
}
`}
}

// TestPolicyResources: which buckets a role reaches follows the policy's Resource patterns,
// actions and explicit denies.
func TestPolicyResources(t *testing.T) {
	tests := []struct {
		name, statements string
		a, b             bool
	}{
		{"every resource", `{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }`, true, true},
		{"one bucket by name", `{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-b/*" }`, false, true},
		{"one bucket by reference", `{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "${aws_s3_bucket.a.arn}/*" }`, true, false},
		{"a prefix pattern", `{ Effect = "Allow", Action = "s3:Get*", Resource = "arn:aws:s3:::acme-?/*" }`, true, true},
		{"s3:*", `{ Effect = "Allow", Action = "s3:*", Resource = "*" }`, true, true},
		{"write only", `{ Effect = "Allow", Action = "s3:PutObject", Resource = "*" }`, false, false},
		{"another service", `{ Effect = "Allow", Action = "dynamodb:*", Resource = "*" }`, false, false},
		{"allow then deny one", `{ Effect = "Allow", Action = "*", Resource = "*" }, { Effect = "Deny", Action = "s3:*", Resource = "arn:aws:s3:::acme-a*" }`, false, true},
		{"NotAction", `{ Effect = "Allow", NotAction = "s3:*", Resource = "*" }`, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := terraformGraph(t, rolePolicy(tt.statements))
			if got := hasEdge(g, "aws_iam_role.r", "aws_s3_bucket.a", Access); got != tt.a {
				t.Errorf("reaches acme-a: %v, want %v", got, tt.a)
			}
			if got := hasEdge(g, "aws_iam_role.r", "aws_s3_bucket.b", Access); got != tt.b {
				t.Errorf("reaches acme-b: %v, want %v", got, tt.b)
			}
		})
	}
}

func TestAdministrators(t *testing.T) {
	g := terraformGraph(t, map[string]string{"main.tf": buckets + `
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.r.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
resource "aws_iam_user" "u" {
  name = "u"
}
resource "aws_iam_policy" "all" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
resource "aws_iam_user_policy_attachment" "u" {
  user       = aws_iam_user.u.name
  policy_arn = aws_iam_policy.all.arn
}
resource "aws_iam_user" "reader" {
  name = "reader"
}
`})
	for _, key := range []string{"aws_iam_role.r", "aws_iam_user.u"} {
		if g.CrownJewels[key] != "administrator access" {
			t.Errorf("%s: %q, want administrator access", key, g.CrownJewels[key])
		}
	}
	if g.CrownJewels["aws_iam_user.reader"] != "" {
		t.Error("a user without policies is no crown jewel")
	}
	if !hasEdge(g, "aws_iam_role.r", "aws_s3_bucket.a", Access) {
		t.Error("AdministratorAccess reads every bucket")
	}
}

// TestInstanceEntryPoints: an instance is reached from the internet only with a public IP
// and an open group; a public bucket is an entry point and a crown jewel at once.
func TestInstanceEntryPoints(t *testing.T) {
	src := `
resource "aws_security_group" "open" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_security_group" "closed" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
resource "aws_instance" "public_open" {
  ami                         = "ami-1"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.open.id]
}
resource "aws_instance" "private_open" {
  ami                    = "ami-1"
  vpc_security_group_ids = [aws_security_group.open.id]
}
resource "aws_instance" "public_closed" {
  ami                         = "ami-1"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.closed.id]
}
resource "aws_instance" "unknown_ip" {
  ami                         = "ami-1"
  associate_public_ip_address = var.public
  vpc_security_group_ids      = [aws_security_group.open.id]
}
variable "public" {
  type = bool
}
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  acl    = "public-read"
}
`
	g := terraformGraph(t, map[string]string{"main.tf": src})
	got := sortedIDs(g.EntryPoints)
	want := []string{"aws_instance.public_open", "aws_s3_bucket.site", "aws_security_group.open"}
	if !slices.Equal(got, want) {
		t.Errorf("entry points %q, want %q", got, want)
	}
	if !strings.Contains(g.EntryPoints["aws_instance.public_open"], "public IP, 0.0.0.0/0 ingress on port 22") {
		t.Errorf("reason %q", g.EntryPoints["aws_instance.public_open"])
	}
	if p := pathOf(g, "aws_s3_bucket.site"); !slices.Equal(p, []string{"aws_s3_bucket.site (public ACL public-read)"}) {
		t.Errorf("public bucket path %q", p)
	}
}

const k8sApp = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  type: LoadBalancer
  selector:
    app: web
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
---
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
---
apiVersion: v1
kind: Secret
metadata:
  name: other
  namespace: billing
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: read-secrets
  namespace: shop
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: web
  namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: read-secrets
subjects:
  - kind: ServiceAccount
    name: web
`

func TestKubernetesPaths(t *testing.T) {
	g := kubernetesGraph(t, k8sApp)
	want := []string{
		"v1/Service shop/web (LoadBalancer Service)",
		"apps/v1/Deployment shop/web (selects)",
		"v1/ServiceAccount shop/web (service account)",
		"v1/Secret shop/db (get secrets)",
	}
	id := func(k string) string { return ID(".", k) }
	r := g.reach()
	var got []string
	for _, e := range r.path(id("apps/v1/Deployment shop/web")) {
		got = append(got, g.nodes[e.To].Key+" ("+e.Text()+")")
	}
	if !slices.Equal(got, want) {
		t.Errorf("path\n got %q\nwant %q", got, want)
	}
	// A RoleBinding's reach ends at its namespace.
	if hasEdge(g, "v1/ServiceAccount shop/web", "v1/Secret billing/other", Access) {
		t.Error("a RoleBinding in shop grants no access to a Secret in billing")
	}
}

func TestClusterAdminStandIn(t *testing.T) {
	g := kubernetesGraph(t, strings.Split(k8sApp, "---\napiVersion: rbac")[0]+`---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: web-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: web
    namespace: shop
`)
	admin := "rbac.authorization.k8s.io/v1/ClusterRole cluster-admin"
	if g.CrownJewels[admin] != "administrator role" || g.Node(admin) == nil || g.Node(admin).Resource != nil {
		t.Fatalf("cluster-admin, declared nowhere, is a crown jewel: %v", g.CrownJewels)
	}
	// cluster-admin reads every Secret, in every namespace.
	if !hasEdge(g, "v1/ServiceAccount shop/web", "v1/Secret billing/other", Access) {
		t.Error("cluster-admin through a ClusterRoleBinding reads Secrets everywhere")
	}
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		p, s string
		ok   bool
	}{
		{"*", "", true}, {"s3:get*", "s3:getobject", true}, {"s3:?etobject", "s3:getobject", true},
		{"s3:get", "s3:getobject", false}, {"*object", "s3:getobject", true}, {"a*b*c", "aXbYc", true}, {"a*b*c", "aXbY", false},
	} {
		if glob(c.p, c.s) != c.ok {
			t.Errorf("glob(%q, %q) = %v", c.p, c.s, !c.ok)
		}
	}
}

// TestStandInTypes: a key the scan does not hold still says its type.
func TestStandInTypes(t *testing.T) {
	for key, want := range map[string]string{
		"aws_iam_role.app":                           "aws_iam_role",
		"module.a.aws_s3_bucket.b[0]":                "aws_s3_bucket",
		"v1/ServiceAccount shop/default":             "ServiceAccount",
		"rbac.authorization.k8s.io/v1/ClusterRole x": "ClusterRole",
	} {
		if got := standInType(key); got != want {
			t.Errorf("standInType(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestBuildNeverChangesResources: the graph reads, it never writes.
func TestBuildNeverChangesResources(t *testing.T) {
	r := &resource.Resource{Key: "aws_lb.x", Type: "aws_lb", Root: ".", Attributes: map[string]any{"internal": false},
		References: []resource.Reference{{Attribute: "security_groups.0", Target: "aws_security_group.gone"}}}
	g := Build([]*resource.Resource{r, nil})
	if len(r.References) != 1 || len(r.Attributes) != 1 {
		t.Errorf("resource changed: %+v", r)
	}
	if n := g.Node("aws_security_group.gone"); n == nil || n.Resource != nil || n.Type != "aws_security_group" {
		t.Errorf("stand-in %+v", n)
	}
}

// TestCloudFormation: the same chain written as a template, where the instance profile keeps
// its native type and the instance names its group in NetworkInterfaces.
func TestCloudFormation(t *testing.T) {
	p, err := filepath.Abs(filepath.Join("testdata", "instance.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res := cloudformation.Load(filepath.Dir(p), []string{p}, cloudformation.Options{})
	for _, d := range res.Diagnostics {
		if d.Error {
			t.Fatal(d)
		}
	}
	g := Build(adapt.Canonical(res.Resources))
	var got []string
	for _, e := range g.reach().path(ID("instance.yaml", "AWS::S3::Bucket DataBucket")) {
		got = append(got, g.nodes[e.To].Key+" ("+e.Text()+")")
	}
	want := []string{
		"AWS::EC2::Instance App (public IP, 0.0.0.0/0 ingress on port 22)",
		"AWS::IAM::Role AppRole (instance profile)",
		"AWS::S3::Bucket DataBucket (s3:GetObject)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("path\n got %q\nwant %q", got, want)
	}
}
