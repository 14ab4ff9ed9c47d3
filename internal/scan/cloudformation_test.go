package scan

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/policy"
)

var (
	builtinOnce sync.Once
	builtinEng  *policy.Engine
	builtinErr  error
)

// builtin is the built-in rule library, compiled once for these tests.
func builtin(t *testing.T) *policy.Engine {
	t.Helper()
	builtinOnce.Do(func() { builtinEng, builtinErr = policy.Load(context.Background(), policy.Options{}) })
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinEng
}

func scanFile(t *testing.T, path string, params ...string) *finding.Result {
	t.Helper()
	res, err := Run(context.Background(), builtin(t), Options{Path: path, CfnParams: params})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Error {
			t.Errorf("%s: %s", path, d)
		}
	}
	return res
}

// sameBucket is testdata/samebucket: one misconfigured S3 bucket (with its policy), security
// group, database and admin policy, written four times, plus the plan Terraform 1.11.4 wrote
// for main.tf (see testdata/samebucket/README.md). For each rule that must fire, the text of
// the line it must be reported on, in each file, after the entity's declaration. A plan holds
// no source lines: its findings point into the plan itself, a resource's declaration being
// the opening brace of its object in planned_values (the line before its "address").
var sameBucket = struct {
	files    []string
	entities map[string][]string // entity → its declaration line in each file
	expect   []sameFinding
}{
	files: []string{"main.tf", "template.yaml", "template.json", "sam.yaml", "plan.json"},
	entities: map[string][]string{
		"bucket": {`resource "aws_s3_bucket" "data"`, "  DataBucket:", `"DataBucket": {`, "  DataBucket:", `"address": "aws_s3_bucket.data",`},
		"group":  {`resource "aws_security_group" "web"`, "  WebSG:", `"WebSG": {`, "  WebSG:", `"address": "aws_security_group.web",`},
		"db":     {`resource "aws_db_instance" "db"`, "  Db:", `"Db": {`, "  Db:", `"address": "aws_db_instance.db",`},
		"admin":  {`resource "aws_iam_policy" "admin"`, "  AdminPolicy:", `"AdminPolicy": {`, "  AdminPolicy:", `"address": "aws_iam_policy.admin",`},
	},
	expect: []sameFinding{
		// template.yaml takes the ACL from a parameter: the finding is at the parameter's
		// default, via the property that used it.
		{"PLB-AWS-S3-001", "bucket", []string{`acl    = "public-read"`, "Default: PublicRead", `"AccessControl": "PublicRead"`, "AccessControl: PublicRead", `"acl": "public-read",`}},
		{"PLB-AWS-S3-003", "bucket", []string{"block_public_acls       = false", "BlockPublicAcls: false", `"BlockPublicAcls": "false"`, "BlockPublicAcls: false", `"block_public_acls": false,`}},
		{"PLB-AWS-S3-006", "bucket", []string{`status = "Suspended"`, "Status: Suspended", `"Status": "Suspended"`, "Status: Suspended", `"status": "Suspended"`}},
		// Settings that are absent are reported at the bucket's declaration.
		{"PLB-AWS-S3-004", "bucket", nil},
		{"PLB-AWS-S3-007", "bucket", nil},
		{"PLB-AWS-RDS-009", "db", nil},
		{"PLB-AWS-RDS-010", "db", nil},
		{"PLB-AWS-VPC-001", "group", []string{`cidr_blocks = ["0.0.0.0/0"]`, "CidrIp: 0.0.0.0/0", `"CidrIp": "0.0.0.0/0"`, "CidrIp: 0.0.0.0/0", `"cidr_blocks": [`}},
		{"PLB-AWS-RDS-001", "db", []string{"storage_encrypted ", "StorageEncrypted: false", `"StorageEncrypted": "false"`, "StorageEncrypted: false", `"storage_encrypted": false,`}},
		{"PLB-AWS-RDS-002", "db", []string{"publicly_accessible ", "PubliclyAccessible: true", `"PubliclyAccessible": "true"`, "PubliclyAccessible: true", `"publicly_accessible": true,`}},
		// The statement: Terraform's jsonencode is one expression; a template has its lines.
		{"PLB-AWS-IAM-001", "admin", []string{"policy = jsonencode", "- Effect: Allow", `{"Effect": "Allow", "Action": "*"`, "- Effect: Allow", `"policy": "{\"Statement\":[{\"Action\":\"*\"`}},
	},
}

type sameFinding struct {
	rule, entity string
	lines        []string // per file; nil: the entity's declaration
}

// TestSameResourcesSameFindings is the promise of the canonical model: the same built-in
// rules fire on the same bucket, group, database and policy whether they are written in
// Terraform, a CloudFormation YAML template with short tags, a JSON template or a SAM
// template — each at the line of its file that set the value.
func TestSameResourcesSameFindings(t *testing.T) {
	dir := filepath.Join("testdata", "samebucket")
	var want []string
	for _, e := range sameBucket.expect {
		want = append(want, e.rule)
	}
	sort.Strings(want)
	for i, name := range sameBucket.files {
		t.Run(name, func(t *testing.T) {
			lines := readLines(t, filepath.Join(dir, name))
			res := scanFile(t, filepath.Join(dir, name))
			byRule := map[string]*finding.Finding{}
			var got []string
			for _, f := range res.Findings {
				if !strings.HasSuffix(f.ResourceKey, "Reader") && !strings.HasSuffix(f.ResourceKey, "ReaderRole") {
					got = append(got, f.Rule.ID)
					byRule[f.Rule.ID] = f
				}
			}
			sort.Strings(got)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Fatalf("rules fired: %v\nwant:        %v", got, want)
			}
			for _, e := range sameBucket.expect {
				f := byRule[e.rule]
				decl := lineOf(t, lines, sameBucket.entities[e.entity][i], 0)
				if name == "plan.json" {
					decl-- // the object's opening brace
				}
				at := decl
				if e.lines != nil {
					after := decl
					if strings.HasPrefix(e.lines[i], "Default:") {
						after = 0 // the parameter is declared above the resources
					}
					at = lineOf(t, lines, e.lines[i], after)
				}
				if f.Location.File != name || f.Location.StartLine != at {
					t.Errorf("%s reported at %s, want %s:%d (%q)", e.rule, f.Location, name, at, strings.TrimSpace(lines[at-1]))
				}
			}
			// The parameter's value was used by the AccessControl property.
			if name == "template.yaml" {
				via := byRule["PLB-AWS-S3-001"].Location.Via
				if len(via) != 1 || !strings.Contains(lines[via[0].StartLine-1], "AccessControl: !Ref BucketAcl") {
					t.Errorf("S3-001 via %v, want the AccessControl line", via)
				}
			}
		})
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// lineOf is the 1-based number of the first line after line `after` that contains text.
func lineOf(t *testing.T, lines []string, text string, after int) int {
	t.Helper()
	for i := after; i < len(lines); i++ {
		if strings.Contains(lines[i], text) {
			return i + 1
		}
	}
	t.Fatalf("no line containing %q after line %d", text, after)
	return 0
}

// TestCfnParamsChangeTheOutcome: a parameters file that sets the bucket's ACL to private
// silences the public ACL rule; one that makes it public-read-write moves the finding to
// the file's line.
func TestCfnParamsChangeTheOutcome(t *testing.T) {
	tmpl := filepath.Join("testdata", "samebucket", "template.yaml")
	dir := t.TempDir()
	private := filepath.Join(dir, "private.json")
	public := filepath.Join(dir, "public.json")
	write(t, private, `[{"ParameterKey": "BucketAcl", "ParameterValue": "Private"}]`)
	write(t, public, "{\n  \"Parameters\": {\n    \"BucketAcl\": \"PublicReadWrite\"\n  }\n}\n")
	if f := findingOf(scanFile(t, tmpl, private), "PLB-AWS-S3-001"); f != nil {
		t.Errorf("with BucketAcl=Private, S3-001 still fires at %s", f.Location)
	}
	f := findingOf(scanFile(t, tmpl, public), "PLB-AWS-S3-001")
	if f == nil {
		t.Fatal("with BucketAcl=PublicReadWrite, S3-001 does not fire")
	}
	if !strings.HasSuffix(f.Location.File, "public.json") || f.Location.StartLine != 3 {
		t.Errorf("S3-001 at %s, want public.json:3", f.Location)
	}
}

func findingOf(res *finding.Result, rule string) *finding.Finding {
	for _, f := range res.Findings {
		if f.Rule.ID == rule {
			return f
		}
	}
	return nil
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConditionsAndUnknowns: a database whose condition is false is not created and so not
// judged; a value that depends on a parameter without a value never fires a rule — the check
// is skipped, and says why.
func TestConditionsAndUnknowns(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "stack.yaml"), `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: dev}
  Encrypt: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  ProdDb:
    Type: AWS::RDS::DBInstance
    Condition: IsProd
    Properties:
      Engine: postgres
      StorageEncrypted: false
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      StorageEncrypted: !Ref Encrypt
`)
	write(t, filepath.Join(dir, "prod.json"), `{"Env": "prod", "Encrypt": "true"}`)
	res := scanFile(t, filepath.Join(dir, "stack.yaml"))
	for _, f := range res.Findings {
		if f.ResourceKey == "AWS::RDS::DBInstance ProdDb" {
			t.Errorf("ProdDb is judged although IsProd is false: %s", f.Rule.ID)
		}
		if f.Rule.ID == "PLB-AWS-RDS-001" {
			t.Errorf("RDS-001 fired on %s although StorageEncrypted is unknown", f.ResourceKey)
		}
	}
	var skipped bool
	for _, s := range res.Skipped {
		if s.RuleID == "PLB-AWS-RDS-001" && s.ResourceKey == "AWS::RDS::DBInstance Db" {
			skipped = true
		}
	}
	if !skipped {
		t.Errorf("RDS-001 on Db is not counted as skipped for an unknown value: %v", res.Skipped)
	}
	res = scanFile(t, filepath.Join(dir, "stack.yaml"), filepath.Join(dir, "prod.json"))
	var prod, db bool
	for _, f := range res.Findings {
		if f.Rule.ID == "PLB-AWS-RDS-001" {
			prod = prod || f.ResourceKey == "AWS::RDS::DBInstance ProdDb"
			db = db || f.ResourceKey == "AWS::RDS::DBInstance Db"
		}
	}
	if !prod || db {
		t.Errorf("with Env=prod and Encrypt=true: RDS-001 on ProdDb %v (want true), on Db %v (want false)", prod, db)
	}
}

// TestBrokenTemplateDoesNotStopTheScan: a template that does not parse is an error at its
// file and line, and the directory's other templates are still judged.
func TestBrokenTemplateDoesNotStopTheScan(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "broken.yaml"), "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  B:\n\tType: AWS::S3::Bucket\n")
	write(t, filepath.Join(dir, "good.json"), `{"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"StorageEncrypted": false}}}}`)
	res, err := Run(context.Background(), builtin(t), Options{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 || !res.Diagnostics[0].Error || res.Diagnostics[0].File != "broken.yaml" || res.Diagnostics[0].Line != 4 {
		t.Errorf("diagnostics = %v, want one error at broken.yaml:4", res.Diagnostics)
	}
	if findingOf(res, "PLB-AWS-RDS-001") == nil {
		t.Error("good.json was not scanned")
	}
}
