package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the current output")

// Rules of the sample result.
var (
	ruleS3Public = &finding.Rule{
		ID: "AWS-S3-001", Title: "S3 bucket is readable by everyone", Severity: finding.Critical,
		Description: "A bucket ACL that grants public-read lets anyone on the internet list and read its objects.",
		Remediation: "Set acl to \"private\" and grant access through a bucket policy\nthat names the principals that need it.",
		Types:       []string{"aws_s3_bucket"},
		Controls:    map[string][]string{"nist-800-53": {"AC-6", "AC-3"}, "cis-aws": {"2.1.5"}},
	}
	ruleS3Versioning = &finding.Rule{
		ID: "AWS-S3-002", Title: "S3 bucket versioning is disabled", Severity: finding.High,
		Remediation: "Enable versioning on the bucket.", Types: []string{"aws_s3_bucket"},
		Controls: map[string][]string{"cis-aws": {"2.1.3"}},
	}
	ruleS3Encryption = &finding.Rule{
		ID: "AWS-S3-003", Title: "S3 bucket is not encrypted with a KMS key", Severity: finding.Medium,
		Types: []string{"aws_s3_bucket"},
	}
	ruleS3Logging = &finding.Rule{
		ID: "AWS-S3-004", Title: "S3 bucket access logging is disabled", Severity: finding.Info,
		Remediation: "Configure server access logging.", Types: []string{"aws_s3_bucket"},
	}
	rulePublicIP = &finding.Rule{
		ID: "AWS-EC2-002", Title: "Instance has a public IP address", Severity: finding.High,
		Remediation: "Set associate_public_ip_address = false and reach the instance through a load balancer.",
		Types:       []string{"aws_instance"},
	}
	ruleOpenSSH = &finding.Rule{
		ID: "AWS-VPC-003", Title: "Security group allows SSH from the internet", Severity: finding.Medium,
		Remediation: "Restrict cidr_blocks to the networks that need SSH.", Types: []string{"aws_security_group"},
		Controls: map[string][]string{"cis-aws": {"5.2"}},
	}
	ruleHostNetwork = &finding.Rule{
		ID: "K8S-PSS-004", Title: "Pod uses the host network", Severity: finding.Low,
		Remediation: "Remove hostNetwork: true.", Types: []string{"Deployment"},
		Controls: map[string][]string{"pss": {"baseline"}},
	}
	ruleAdmin = &finding.Rule{
		ID: "AWS-IAM-001", Title: "IAM policy grants full administrative rights", Severity: finding.Critical,
		Types: []string{"aws_iam_policy"},
	}
	ruleRDS = &finding.Rule{
		ID: "AWS-RDS-001", Title: "RDS instance storage is not encrypted", Severity: finding.High,
		Types: []string{"aws_db_instance"},
	}
)

func loc(file string, start, end int, via ...resource.Location) resource.Location {
	return resource.Location{File: file, StartLine: start, EndLine: end, Via: via}
}

func newFinding(r *finding.Rule, key, typ string, origin resource.Origin, path string, l resource.Location, msg string) *finding.Finding {
	p := resource.ParsePath(path)
	return &finding.Finding{
		Rule: r, ResourceKey: key, ResourceType: typ, Origin: origin, Path: p, Message: msg, Location: l,
		Fingerprint: finding.Fingerprint(r.ID, key, p, l.File),
	}
}

// sampleResult is a scan of testdata/src with one of everything a report shows: every
// severity, a value set in a tfvars file and used in main.tf (Via), a long range, a live
// resource, suppressed and waived findings, a finding on a breach path (its severity raised
// from high), a check skipped for an unknown value, a rule that failed, and input problems.
// It is deliberately out of order.
func sampleResult() *finding.Result {
	tf := resource.OriginTerraform
	logs := newFinding(ruleS3Public, "module.storage.aws_s3_bucket.logs", "aws_s3_bucket", tf, "acl",
		loc("modules/storage/main.tf", 4, 4), `bucket "logs" grants public-read to everyone`)
	logs.Module = "module.storage"
	suppressed := newFinding(ruleS3Versioning, "aws_s3_bucket.data", "aws_s3_bucket", tf, "versioning.enabled",
		loc("main.tf", 30, 32), "bucket data does not enable versioning")
	suppressed.Status, suppressed.Reason, suppressed.InSource = finding.Suppressed, "versioning is handled by the nightly backup job", true
	waived := newFinding(ruleOpenSSH, "aws_security_group.legacy", "aws_security_group", tf, "ingress.0.cidr_blocks.0",
		loc("legacy/sg.tf", 7, 7), "ingress rule 0 allows port 22 from 0.0.0.0/0")
	waived.Status, waived.Reason = finding.Waived, "waived by alice@example.com until 2027-01-31 (SEC-42)"
	publicIP := newFinding(rulePublicIP, "aws_instance.web", "aws_instance", tf, "associate_public_ip_address",
		loc("terraform.tfvars", 3, 3, loc("main.tf", 12, 12)), "instance web gets a public IP address")
	publicIP.Breach = &finding.Breach{Severity: finding.Critical, Jewel: "data store", Path: []finding.Hop{
		{Edge: "public IP, 0.0.0.0/0 ingress on port 22", Via: []string{"aws_security_group.web"}, Key: "aws_instance.web", Type: "aws_instance", Location: loc("main.tf", 10, 16)},
		{Edge: "instance profile", Via: []string{"aws_iam_instance_profile.web"}, Key: "aws_iam_role.web", Type: "aws_iam_role", Location: loc("iam.tf", 11, 20)},
		{Edge: "s3:GetObject", Via: []string{"aws_iam_role_policy.web"}, Key: "aws_s3_bucket.data", Type: "aws_s3_bucket", Location: loc("main.tf", 30, 32)},
	}}
	return &finding.Result{
		Findings: []*finding.Finding{
			newFinding(ruleHostNetwork, "apps/v1/Deployment default/web", "Deployment", resource.OriginKubernetes,
				"spec.template.spec.hostNetwork", loc("k8s/deploy.yaml", 9, 9), "Deployment default/web shares the node's network namespace"),
			suppressed,
			newFinding(ruleS3Logging, "arn:aws:s3:::archive", "aws_s3_bucket", resource.OriginLiveAWS, "logging",
				resource.Location{}, "bucket archive does not log access"),
			newFinding(ruleOpenSSH, "aws_security_group.web", "aws_security_group", tf, "ingress.0",
				loc("main.tf", 18, 27), "ingress rule 0 allows port 22 from 0.0.0.0/0 and ::/0"),
			waived,
			publicIP,
			logs,
		},
		Skipped: []finding.Skip{
			{RuleID: ruleS3Encryption.ID, ResourceKey: "aws_s3_bucket.data",
				Paths: []resource.Path{{"server_side_encryption", "rules", 0, "kms_master_key_id"}}, Location: loc("main.tf", 30, 32)},
			{RuleID: ruleAdmin.ID, ResourceKey: "aws_iam_policy.admin", Location: loc("iam.tf", 1, 9),
				Error: "eval_conflict_error: functions must not produce multiple outputs for same inputs"},
		},
		Diagnostics: resource.Diagnostics{
			{Error: false, File: "main.tf", Line: 29, Column: 5, Summary: "plumb:ignore needs a reason",
				Detail: "AWS-S3-004 stays open until the comment says why it is acceptable"},
			{Error: true, File: "broken.tf", Line: 3, Column: 1, Summary: "Unsupported block type",
				Detail: `Blocks of type "resourse" are not expected here. Did you mean "resource"?`},
		},
		Resources: 14,
		Files:     6,
		Rules:     []*finding.Rule{ruleS3Public, ruleS3Versioning, ruleS3Encryption, ruleS3Logging, rulePublicIP, ruleOpenSSH, ruleHostNetwork, ruleAdmin, ruleRDS},
		Root:      "/src/project",
	}
}

func emptyResult() *finding.Result {
	return &finding.Result{Resources: 3, Files: 1, Rules: []*finding.Rule{ruleRDS}, Root: "/src/project"}
}

var sampleOptions = Options{Version: "1.2.3", ShowSuppressed: true, SourceRoot: filepath.Join("testdata", "src")}

func TestGolden(t *testing.T) {
	hidden := sampleOptions
	hidden.ShowSuppressed = false
	color := sampleOptions
	color.Color = true
	tests := []struct {
		golden string
		res    func() *finding.Result
		format Format
		opts   Options
	}{
		{"sample.txt", sampleResult, Text, sampleOptions},
		{"sample.hidden.txt", sampleResult, Text, hidden},
		{"sample.color.txt", sampleResult, Text, color},
		{"sample.json", sampleResult, JSON, sampleOptions},
		{"sample.sarif", sampleResult, SARIF, sampleOptions},
		{"sample.junit.xml", sampleResult, JUnit, sampleOptions},
		{"sample.md", sampleResult, Markdown, sampleOptions},
		{"empty.txt", emptyResult, Text, sampleOptions},
		{"empty.json", emptyResult, JSON, sampleOptions},
		{"empty.sarif", emptyResult, SARIF, sampleOptions},
		{"empty.junit.xml", emptyResult, JUnit, sampleOptions},
		{"empty.md", emptyResult, Markdown, sampleOptions},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.format, tt.res(), tt.opts); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", tt.golden), buf.Bytes())
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s changed; if that is intended, run go test ./internal/report -update and review the diff.\n%s",
			path, firstDifference(string(want), string(got)))
	}
}

// firstDifference shows the first line where two outputs part.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return ""
}

// Write must leave the caller's result as it was: the scan may go on to write a second
// format, or store the result.
func TestWriteDoesNotChangeResult(t *testing.T) {
	for _, format := range Formats() {
		res, before := sampleResult(), sampleResult()
		if err := Write(&bytes.Buffer{}, format, res, sampleOptions); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res, before) {
			t.Errorf("%v: Write changed the result", format)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	if err := Write(&bytes.Buffer{}, Text, nil, Options{}); err == nil {
		t.Error("nil result: no error")
	}
	if err := Write(&bytes.Buffer{}, Format(99), emptyResult(), Options{}); err == nil {
		t.Error("unknown format: no error")
	}
	// A finding without a rule is a bug upstream; it must cost a label, not a panic.
	res := emptyResult()
	res.Findings = []*finding.Finding{{ResourceKey: "x", Message: "m"}}
	for _, format := range Formats() {
		var buf bytes.Buffer
		if err := Write(&buf, format, res, Options{}); err != nil {
			t.Fatalf("%v: %v", format, err)
		}
		if !strings.Contains(buf.String(), "unknown-rule") {
			t.Errorf("%v: no placeholder rule in\n%s", format, buf.String())
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"text", Text, false},
		{"JSON", JSON, false},
		{" sarif ", SARIF, false},
		{"junit", JUnit, false},
		{"xml", Text, true},
		{"", Text, true},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
	for _, f := range Formats() {
		var back Format
		text, _ := f.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != f {
			t.Errorf("%v does not survive MarshalText/UnmarshalText: %v, %v", f, back, err)
		}
	}
	if s := Format(42).String(); s != "format(42)" {
		t.Errorf("Format(42).String() = %q", s)
	}
}
