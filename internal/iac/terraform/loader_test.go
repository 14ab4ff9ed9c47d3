package terraform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

// writeTree writes files (path → content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func load(t *testing.T, dir string, opts Options) (map[string]*resource.Resource, *Result) {
	t.Helper()
	res, err := Load(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*resource.Resource{}
	for _, r := range res.Resources {
		m[r.Key] = r
	}
	return m, res
}

func attr(t *testing.T, r *resource.Resource, path string) any {
	t.Helper()
	if r == nil {
		t.Fatalf("resource missing")
	}
	v, ok := resource.Get(r.Attributes, resource.ParsePath(path))
	if !ok {
		t.Fatalf("%s: %s not set; attributes %v", r.Key, path, r.Attributes)
	}
	return v
}

func TestVariablePrecedence(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "d" { default = "default" }
variable "e" { default = "default" }
variable "n" {
  type    = number
  default = 1
}
resource "x_thing" "t" {
  a = var.a
  b = var.b
  c = var.c
  d = var.d
  e = var.e
  n = var.n
}`,
		"terraform.tfvars":    "b = \"tfvars\"\nc = \"tfvars\"\n",
		"z.auto.tfvars":       "c = \"auto\"\nd = \"auto\"\n",
		"extra/more.tfvars":   "d = \"var-file\"\n",
		"extra/unused.tfvars": "e = \"never read\"\n",
	})
	rs, res := load(t, dir, Options{
		VarFiles: []string{filepath.Join(dir, "extra", "more.tfvars")},
		Vars:     []string{"n=42"},
		Env:      []string{"TF_VAR_a=env", "TF_VAR_b=env", "PATH=/bin"},
	})
	r := rs["x_thing.t"]
	want := map[string]any{"a": "env", "b": "tfvars", "c": "auto", "d": "var-file", "e": "default", "n": int64(42)}
	for k, w := range want {
		if got := attr(t, r, k); got != w {
			t.Errorf("%s = %v, want %v", k, got, w)
		}
	}
	if loc := r.LocationOf(resource.Path{"c"}); loc.File != "z.auto.tfvars" || loc.StartLine != 1 {
		t.Errorf("c set at %s, want z.auto.tfvars:1", loc)
	}
	if res.Diagnostics.HasErrors() {
		t.Errorf("unexpected errors: %v", res.Diagnostics)
	}
}

func TestSyntaxErrorIsReportedAndOtherFilesLoad(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"good/main.tf": `resource "aws_s3_bucket" "ok" { bucket = "ok" }`,
		"bad/main.tf":  "resource \"aws_s3_bucket\" \"broken\" {\n  bucket = \"x\"\n  acl = \n}\n",
		"bad/other.tf": `resource "aws_s3_bucket" "sibling" { bucket = "sibling" }`,
	})
	rs, res := load(t, dir, Options{})
	if rs["aws_s3_bucket.ok"] == nil || rs["aws_s3_bucket.sibling"] == nil {
		t.Errorf("files without errors must still load; got %d resources", len(rs))
	}
	if rs["aws_s3_bucket.broken"] != nil {
		t.Errorf("a resource from a file that does not parse was loaded")
	}
	var found bool
	for _, d := range res.Diagnostics {
		if d.Error && d.File == "bad/main.tf" && d.Line == 3 {
			found = true
		}
	}
	if !found {
		t.Errorf("want an error at bad/main.tf:3, got %v", res.Diagnostics)
	}
}

func TestCountForEachAndUnknowns(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
variable "names" { default = ["b", "a"] }
variable "nothing" {}
resource "x_thing" "none" {
  count = 0
}
resource "x_thing" "set" {
  for_each = toset(var.names)
  name     = each.value
}
resource "x_thing" "unknown_each" {
  for_each = var.nothing
  fixed    = "literal"
  name     = each.key
}
resource "x_thing" "computed" {
  ref = x_thing.set["a"].id
  cidr = cidrsubnet("10.0.0.0/16", 8, 2)
  up   = upper(join("-", var.names))
}
`})
	rs, _ := load(t, dir, Options{})
	if len(rs) != 4 {
		t.Fatalf("want 4 resources (count 0 makes none), got %v", keysOf(rs))
	}
	if attr(t, rs[`x_thing.set["a"]`], "name") != "a" {
		t.Errorf("each.value wrong")
	}
	ph := rs["x_thing.unknown_each[*]"]
	if ph == nil {
		t.Fatalf("a for_each that cannot be known must still yield one placeholder instance; got %v", keysOf(rs))
	}
	if attr(t, ph, "fixed") != "literal" || !resource.IsUnknown(attr(t, ph, "name")) {
		t.Errorf("placeholder attributes = %v", ph.Attributes)
	}
	c := rs["x_thing.computed"]
	if !resource.IsUnknown(attr(t, c, "ref")) {
		t.Errorf("a computed id must be unknown")
	}
	if len(c.References) != 1 || c.References[0].Target != `x_thing.set["a"]` {
		t.Errorf("references = %v", c.References)
	}
	if attr(t, c, "cidr") != "10.0.2.0/24" || attr(t, c, "up") != "B-A" {
		t.Errorf("functions: %v", c.Attributes)
	}
}

func TestRemoteModulesFromManifestOnly(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  name   = "main"
}
module "missing" {
  source = "git::https://example.com/mod.git"
}`,
		".terraform/modules/modules.json":   `{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Dir":".terraform/modules/vpc"}]}`,
		".terraform/modules/vpc/main.tf":    "variable \"name\" {}\nresource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n  tags = { Name = var.name }\n}\n",
		".terraform/modules/vpc/outputs.tf": `output "id" { value = aws_vpc.this.id }`,
	})
	rs, res := load(t, dir, Options{})
	if rs["module.vpc.aws_vpc.this"] == nil {
		t.Fatalf("downloaded remote module not scanned: %v", keysOf(rs))
	}
	if attr(t, rs["module.vpc.aws_vpc.this"], "tags.Name") != "main" {
		t.Errorf("remote module input not passed")
	}
	var warned bool
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Summary, "missing") && !d.Error && d.Line == 6 {
			warned = true
		}
	}
	if !warned {
		t.Errorf("a remote module that is not downloaded must be reported: %v", res.Diagnostics)
	}
}

func TestFileFunctionStaysInsideRoot(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("s3cr3t"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := writeTree(t, map[string]string{
		"main.tf": `
resource "x_thing" "t" {
  inside  = file("${path.module}/policy.json")
  outside = file("` + outside + `")
}`,
		"policy.json": `{"a":1}`,
	})
	rs, _ := load(t, dir, Options{})
	r := rs["x_thing.t"]
	if attr(t, r, "inside") != `{"a":1}` {
		t.Errorf("file() inside the root: %v", r.Attributes["inside"])
	}
	if v := attr(t, r, "outside"); !resource.IsUnknown(v) {
		t.Errorf("file() outside the scanned directory must not be read, got %v", v)
	}
}

func TestJSONConfiguration(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf.json": `{
  "variable": {"acl": {"default": "public-read"}},
  "resource": {"aws_s3_bucket": {"b": {"bucket": "json", "acl": "${var.acl}", "versioning": {"enabled": true}, "tags": {"a": "b"}}}}
}`})
	rs, _ := load(t, dir, Options{})
	b := rs["aws_s3_bucket.b"]
	if attr(t, b, "acl") != "public-read" || attr(t, b, "versioning.0.enabled") != true || attr(t, b, "tags.a") != "b" {
		t.Errorf("json attributes: %v", b.Attributes)
	}
}

func TestCyclesAndSelfCallingModules(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
locals {
  a = local.b
  b = local.a
}
resource "x_thing" "t" { v = local.a }
module "loop" { source = "./loop" }`,
		"loop/main.tf": `module "again" { source = "../loop" }
resource "x_thing" "inner" {}`,
	})
	rs, res := load(t, dir, Options{})
	if !resource.IsUnknown(attr(t, rs["x_thing.t"], "v")) {
		t.Errorf("a local in a cycle must be unknown")
	}
	if len(res.Diagnostics) == 0 {
		t.Errorf("cycles must be reported")
	}
}

func keysOf(m map[string]*resource.Resource) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// aws_iam_policy_document follows from its configuration, so it is computed, not unknown;
// each statement keeps its line, and only the computed leaves stay unknown.
func TestPolicyDocumentIsComputed(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" { bucket = "b" }

data "aws_iam_policy_document" "read" {
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.b.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.read.json]
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.read.json
}

resource "aws_s3_bucket_policy" "m" {
  bucket = aws_s3_bucket.b.id
  policy = data.aws_iam_policy_document.merged.json
}
`})
	rs, _ := load(t, dir, Options{})
	p := rs["aws_s3_bucket_policy.b"]
	for path, want := range map[string]any{
		"policy.Statement.0.Sid":                                  "PublicRead",
		"policy.Statement.0.Effect":                               "Allow",
		"policy.Statement.0.Principal":                            "*",
		"policy.Statement.0.Action.0":                             "s3:GetObject",
		"policy.Statement.0.Condition.Bool.aws:SecureTransport.0": "true",
	} {
		if got := attr(t, p, path); got != want {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
	if !resource.IsUnknown(attr(t, p, "policy.Statement.0.Resource.0")) {
		t.Errorf("a resource arn must stay unknown")
	}
	if loc := p.LocationOf(resource.ParsePath("policy.Statement.0.Sid")); loc.StartLine != 6 {
		t.Errorf("statement sid at %s, want main.tf:6", loc)
	}
	if !resource.IsUnknown(attr(t, rs["aws_s3_bucket_policy.m"], "policy")) {
		t.Errorf("a document merged from others is unknown")
	}
}

// override.tf replaces the arguments and nested blocks it writes, as in Terraform.
func TestOverrideFilesMerge(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = "private"
  versioning {
    enabled = true
  }
}`,
		"override.tf": `resource "aws_s3_bucket" "b" {
  acl = "public-read"
  versioning {
    enabled = false
  }
}`,
	})
	rs, res := load(t, dir, Options{})
	b := rs["aws_s3_bucket.b"]
	if attr(t, b, "acl") != "public-read" || attr(t, b, "bucket") != "b" || attr(t, b, "versioning.0.enabled") != false {
		t.Errorf("override not applied: %v", b.Attributes)
	}
	if loc := b.LocationOf(resource.Path{"acl"}); loc.File != "override.tf" || loc.StartLine != 2 {
		t.Errorf("overridden acl at %s, want override.tf:2", loc)
	}
	if len(res.Diagnostics) != 0 {
		t.Errorf("an override is not a duplicate: %v", res.Diagnostics)
	}
}

// A computed attribute read through a non-literal index or a splat is unknown, quietly.
func TestComputedAttributeThroughIndex(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
resource "aws_instance" "this" {
  count = 2
  ami   = "ami-1"
}
resource "aws_ebs_volume" "data" {
  count             = 2
  availability_zone = aws_instance.this[count.index].availability_zone
  size              = 10
}
output "ips" {
  value = aws_instance.this[*].private_ip
}
`})
	rs, res := load(t, dir, Options{})
	if len(res.Diagnostics) != 0 {
		t.Errorf("unexpected diagnostics: %v", res.Diagnostics)
	}
	v := rs["aws_ebs_volume.data[1]"]
	if !resource.IsUnknown(attr(t, v, "availability_zone")) {
		t.Errorf("availability_zone must be unknown")
	}
	if len(v.References) != 1 || v.References[0].Target != "aws_instance.this[1]" {
		t.Errorf("references = %v, want aws_instance.this[1]", v.References)
	}
}

// A dynamic block over a known, empty collection makes no block: absent, not unknown.
func TestEmptyDynamicBlockIsAbsent(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
variable "logs" { default = [] }
resource "aws_lb" "web" {
  name = "web"
  dynamic "access_logs" {
    for_each = var.logs
    content {
      bucket  = access_logs.value
      enabled = true
    }
  }
}
`})
	rs, _ := load(t, dir, Options{})
	lb := rs["aws_lb.web"]
	if v, ok := lb.Attributes["access_logs"]; ok {
		t.Errorf("access_logs = %v; an empty for_each makes no block", v)
	}
	if len(lb.Unknowns) != 0 {
		t.Errorf("unknowns = %v, want none", lb.Unknowns)
	}
}
