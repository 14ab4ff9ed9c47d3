package cli

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// run executes the CLI as a user would and returns stdout, stderr and the exit code.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Execute(args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

type jsonReport struct {
	Findings []struct {
		RuleID   string `json:"rule_id"`
		Resource string `json:"resource"`
		Status   string `json:"status"`
		Path     string `json:"path"`
		Location struct {
			File      string `json:"file"`
			StartLine int    `json:"start_line"`
			Via       []struct {
				File      string `json:"file"`
				StartLine int    `json:"start_line"`
			} `json:"via"`
		} `json:"location"`
	} `json:"findings"`
	Skipped []struct {
		RuleID   string `json:"rule_id"`
		Resource string `json:"resource"`
	} `json:"skipped"`
	Errors []struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Summary string `json:"summary"`
	} `json:"errors"`
	Summary struct {
		Skipped struct {
			UnknownValue int `json:"unknown_value"`
		} `json:"skipped"`
	} `json:"summary"`
}

func scanJSON(t *testing.T, args ...string) (jsonReport, int) {
	t.Helper()
	out, stderr, code := run(t, append([]string{"scan", "-o", "json"}, args...)...)
	var rep jsonReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("output is not JSON (%v); stderr: %s\n%s", err, stderr, out)
	}
	return rep, code
}

// TestFindingsPointWhereTheValueWasSet is the core promise: in a repository with nested
// local modules, for_each over a map from terraform.tfvars and split aws_s3_bucket_*
// resources, each finding names the full module address and the line that set the value.
func TestFindingsPointWhereTheValueWasSet(t *testing.T) {
	rep, code := scanJSON(t, "../../examples/terraform/vulnerable")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	want := []struct {
		rule, resource, path, file string
		line                       int
		viaFile                    string
	}{
		// The public ACL comes from the separate aws_s3_bucket_acl resource in the site module,
		// whose value is chosen by the for_each input from tfvars.
		{"PLB-AWS-S3-001", `module.site["docs"].module.content.aws_s3_bucket.this`, "acl", "modules/site/main.tf", 15, ""},
		// Versioning is suspended by the separate versioning resource for the "assets" instance only.
		{"PLB-AWS-S3-006", `module.site["assets"].module.content.aws_s3_bucket.this`, "versioning.enabled", "modules/site/main.tf", 21, ""},
		// The public access block lives in the nested bucket module.
		{"PLB-AWS-S3-003", `module.site["docs"].module.content.aws_s3_bucket.this`, "public_access_block.block_public_acls", "modules/bucket/main.tf", 20, ""},
		// SSH is opened by a module input in the root, used by a rule resource in the module.
		{"PLB-AWS-VPC-001", "module.network.aws_security_group.admin", "ingress.1.cidr_blocks", "main.tf", 47, "modules/network/main.tf"},
		{"PLB-AWS-EC2-003", "aws_ebs_volume.scratch", "encrypted", "main.tf", 53, ""},
	}
	for _, w := range want {
		found := false
		for _, f := range rep.Findings {
			if f.RuleID != w.rule || f.Resource != w.resource || f.Path != w.path {
				continue
			}
			found = true
			if f.Path != w.path || f.Location.File != w.file || f.Location.StartLine != w.line {
				t.Errorf("%s on %s: at %s:%d path %q, want %s:%d path %q", w.rule, w.resource,
					f.Location.File, f.Location.StartLine, f.Path, w.file, w.line, w.path)
			}
			if w.viaFile != "" && (len(f.Location.Via) == 0 || f.Location.Via[0].File != w.viaFile) {
				t.Errorf("%s: via %v, want via %s", w.rule, f.Location.Via, w.viaFile)
			}
		}
		if !found {
			t.Errorf("no %s finding on %s", w.rule, w.resource)
		}
	}
	for _, f := range rep.Findings {
		if f.RuleID == "PLB-AWS-S3-001" && strings.Contains(f.Resource, `"assets"`) {
			t.Errorf("the private assets bucket was reported as public")
		}
	}
	if len(rep.Errors) != 0 {
		t.Errorf("unexpected input errors: %v", rep.Errors)
	}
}

func TestFixedExamplePasses(t *testing.T) {
	out, stderr, code := run(t, "scan", "../../examples/terraform/fixed")
	if code != 0 {
		t.Errorf("exit code %d, want 0\n%s%s", code, out, stderr)
	}
	if !strings.Contains(out, "1 suppressed") {
		t.Errorf("the config suppression should show in the summary:\n%s", out)
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestSyntaxErrorExitsTwoAndOtherFilesAreReported(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"app/main.tf":    "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n  size = 10\n}\n",
		"broken/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  acl = \"public-read\n}\n",
	})
	rep, code := scanJSON(t, dir)
	if code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if len(rep.Errors) == 0 || rep.Errors[0].File != "broken/main.tf" || rep.Errors[0].Line != 3 {
		t.Errorf("want an error at broken/main.tf:3, got %+v", rep.Errors)
	}
	var other bool
	for _, f := range rep.Findings {
		if f.Resource == "aws_ebs_volume.v" {
			other = true
		}
	}
	if !other {
		t.Errorf("findings of the file that parsed are missing: %+v", rep.Findings)
	}
	text, _, code := run(t, "scan", dir)
	if code != 2 || !strings.Contains(text, "broken/main.tf:3") {
		t.Errorf("text output must name broken/main.tf:3 and exit 2 (got %d):\n%s", code, text)
	}
	sarif, _, _ := run(t, "scan", "-o", "sarif", dir)
	if !strings.Contains(sarif, "toolExecutionNotifications") || !strings.Contains(sarif, "broken/main.tf") {
		t.Errorf("SARIF must carry the input error")
	}
}

func TestUnknownValuesNeverFire(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": `
variable "acl" {}
variable "encrypted" { type = bool }
resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = var.acl
}
resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = var.encrypted
}
`})
	rep, _ := scanJSON(t, dir)
	for _, f := range rep.Findings {
		if f.RuleID == "PLB-AWS-S3-001" || f.RuleID == "PLB-AWS-EC2-003" {
			t.Errorf("%s fired on an unknown value at %s", f.RuleID, f.Path)
		}
	}
	skipped := map[string]bool{}
	for _, s := range rep.Skipped {
		skipped[s.RuleID] = true
	}
	if !skipped["PLB-AWS-EC2-003"] || rep.Summary.Skipped.UnknownValue == 0 {
		t.Errorf("the undecided checks must be counted: %+v", rep.Skipped)
	}
	text, _, _ := run(t, "scan", dir)
	if !strings.Contains(text, "skipped") {
		t.Errorf("the text summary must count skipped checks:\n%s", text)
	}
}

func TestOutputFormatsAreValid(t *testing.T) {
	example := "../../examples/terraform/vulnerable"
	sarifOut, _, code := run(t, "scan", "-o", "sarif", example)
	if code != 1 {
		t.Errorf("sarif: exit %d", code)
	}
	if p := os.Getenv("PLUMB_SARIF_SCHEMA"); p != "" {
		c := jsonschema.NewCompiler()
		schema, err := c.Compile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(sarifOut))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(doc); err != nil {
			t.Errorf("SARIF of the example does not match the 2.1.0 schema: %v", err)
		}
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					LogicalLocations []struct {
						FullyQualifiedName string `json:"fullyQualifiedName"`
					} `json:"logicalLocations"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(sarifOut), &sarif); err != nil || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Fatalf("sarif: %v", err)
	}
	if r := sarif.Runs[0].Results[0]; len(r.Locations) == 0 || len(r.Locations[0].LogicalLocations) == 0 ||
		r.Locations[0].LogicalLocations[0].FullyQualifiedName == "" {
		t.Errorf("results must name the resource address as a logical location")
	}
	junit, _, _ := run(t, "scan", "-o", "junit", example)
	var suites struct {
		XMLName xml.Name `xml:"testsuites"`
		Suites  []struct {
			Cases []struct {
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(junit), &suites); err != nil || len(suites.Suites) == 0 {
		t.Fatalf("junit is not valid XML with test suites: %v", err)
	}
}

func TestColourOnlyOnATerminal(t *testing.T) {
	out, _, _ := run(t, "scan", "../../examples/terraform/vulnerable")
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour codes written to a non-terminal")
	}
}

func TestFailOnAndUsageErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": `resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
}`})
	if _, _, code := run(t, "scan", "--fail-on", "critical", dir); code != 0 {
		t.Errorf("--fail-on critical with only medium findings: exit %d, want 0", code)
	}
	if _, _, code := run(t, "scan", "--fail-on", "medium", dir); code != 1 {
		t.Errorf("--fail-on medium: exit %d, want 1", code)
	}
	for _, args := range [][]string{
		{"scan", "--output", "yaml", dir},
		{"scan", "--fail-on", "severe", dir},
		{"scan", "--no-such-flag"},
		{"scan", filepath.Join(dir, "missing")},
		{"scan", "--rule", "PLB-NOPE-001", dir},
	} {
		if _, stderr, code := run(t, args...); code != 2 || stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, stderr)
		}
	}
}

func TestInlineSuppressionKeepsTheFinding(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": `# plumb:ignore PLB-AWS-EC2-003 scratch volume holds no data
resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-1a"
  size              = 10
}`})
	rep, _ := scanJSON(t, "--rule", "PLB-AWS-EC2-003", dir)
	if len(rep.Findings) != 1 || rep.Findings[0].Status != "suppressed" {
		t.Errorf("want one suppressed finding, got %+v", rep.Findings)
	}
	if _, _, code := run(t, "scan", "--rule", "PLB-AWS-EC2-003", dir); code != 0 {
		t.Errorf("a suppressed finding must not fail the gate: exit %d", code)
	}
}

// Files that are no infrastructure as code are left alone without noise; a bad --type is a
// usage error.
func TestOtherFilesAndBadType(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.tf":     "resource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  size = 1\n  encrypted = true\n}\n",
		"README.md":   "# not infrastructure",
		"values.yaml": "replicas: 2\n",
	})
	rep, code := scanJSON(t, dir)
	if code != 0 || len(rep.Errors) != 0 {
		t.Errorf("exit %d, errors %v", code, rep.Errors)
	}
	if _, stderr, code := run(t, "scan", "--type", "yaml", dir); code != 2 || !strings.Contains(stderr, "--type") {
		t.Errorf("--type yaml: exit %d, %q", code, stderr)
	}
}

// A secret in a scanned file never reaches the output, not even in a code snippet.
func TestSecretsAreMaskedInEveryOutput(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": `resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  user_data     = "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"
}`})
	for _, format := range []string{"text", "json", "sarif", "junit"} {
		out, _, _ := run(t, "scan", "-o", format, "--rule", "PLB-AWS-EC2-005", dir)
		if !strings.Contains(out, "PLB-AWS-EC2-005") {
			t.Fatalf("%s: the rule did not fire, so the test proves nothing:\n%s", format, out)
		}
		if strings.Contains(out, "AKIAIOSFODNN7EXAMPLE") {
			t.Errorf("%s output contains the access key:\n%s", format, out)
		}
	}
}

// Two stacks in one repository that both declare aws_s3_bucket.logs are two buckets: each
// split resource joins the bucket of its own stack, and each finding points into its stack.
func TestSameAddressInTwoStacks(t *testing.T) {
	stack := func(acl string) string {
		return `resource "aws_s3_bucket" "logs" {
  bucket = "logs-` + acl + `"
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "` + acl + `"
}
`
	}
	dir := writeFiles(t, map[string]string{
		"prod/main.tf": stack("private"),
		"dev/main.tf":  stack("public-read"),
	})
	rep, _ := scanJSON(t, "--rule", "PLB-AWS-S3-001", dir)
	if len(rep.Findings) != 1 {
		t.Fatalf("want one public-ACL finding (dev), got %+v", rep.Findings)
	}
	if f := rep.Findings[0]; f.Location.File != "dev/main.tf" || f.Location.StartLine != 7 {
		t.Errorf("finding at %s:%d, want dev/main.tf:7", f.Location.File, f.Location.StartLine)
	}
}
