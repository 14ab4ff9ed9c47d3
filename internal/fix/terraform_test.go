package fix_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/plumbsec/plumb/internal/fix"
	"github.com/plumbsec/plumb/internal/policy"
)

var (
	engOnce sync.Once
	engine  *policy.Engine
	engErr  error
)

func loadEngine(t *testing.T) *policy.Engine {
	t.Helper()
	engOnce.Do(func() { engine, engErr = policy.Load(context.Background(), policy.Options{}) })
	if engErr != nil {
		t.Fatal(engErr)
	}
	return engine
}

// fixFixture copies testdata/aws/<name> to a temporary directory, fixes the rule's
// findings there and returns the directory, the edits and the skips.
func fixFixture(t *testing.T, name, id string, wantFindings int) (string, []fix.Edit, []fix.Skipped) {
	t.Helper()
	eng := loadEngine(t)
	dir := t.TempDir()
	copyTree(t, filepath.Join("testdata", "aws", name), dir)
	findings, rs := scanFor(t, eng, id, dir)
	if len(findings) != wantFindings {
		for _, f := range findings {
			t.Logf("finding: %s at %s", f.ResourceKey, f.Location)
		}
		t.Fatalf("%s fires %d times on %s, want %d", id, len(findings), name, wantFindings)
	}
	edits, skipped := fix.Plan(findings, rs, dir)
	if err := fix.Apply(dir, edits); err != nil {
		t.Fatal(err)
	}
	return dir, edits, skipped
}

func editedFiles(edits []fix.Edit) []string {
	var out []string
	for _, e := range edits {
		out = append(out, e.File)
	}
	return out
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A bucket declared in a local module gets its encryption companion in the module's file,
// once, referring to the module's bucket: every instance of the module (two calls, one with
// count) is fixed by it. Buckets with count or for_each inside a module get a companion that
// repeats over their instances, so no instance is left out.
func TestFixBucketInLocalModuleGetsCompanionInModule(t *testing.T) {
	// store: invoices, exports, shards[0..2]; many (eu, us): logs[0..1] and data[raw, clean].
	dir, edits, skipped := fixFixture(t, "module_bucket", "PLB-AWS-S3-004", 5+2*4)
	for _, s := range skipped {
		t.Errorf("skipped %s: %s", s.Finding.ResourceKey, s.Reason)
	}
	if got := strings.Join(editedFiles(edits), " "); got != "modules/many/main.tf modules/store/main.tf" {
		t.Fatalf("edited %q, want the two module files only", got)
	}
	store := readFile(t, dir, "modules/store/main.tf")
	if n := strings.Count(store, `resource "aws_s3_bucket_server_side_encryption_configuration" "this"`); n != 1 {
		t.Errorf("store module has %d encryption companions, want 1:\n%s", n, store)
	}
	if !strings.Contains(store, "bucket = aws_s3_bucket.this.id") || !strings.Contains(store, `sse_algorithm = "AES256"`) {
		t.Errorf("companion does not refer to the module's bucket:\n%s", store)
	}
	many := readFile(t, dir, "modules/many/main.tf")
	for _, want := range []string{
		"count = length(aws_s3_bucket.logs)", "bucket = aws_s3_bucket.logs[count.index].id",
		`for_each = toset(["raw", "clean"])`, "bucket = aws_s3_bucket.data[each.key].id",
	} {
		if !strings.Contains(many, want) {
			t.Errorf("many module lacks %q:\n%s", want, many)
		}
	}
	if n := strings.Count(many, "aws_s3_bucket_server_side_encryption_configuration"); n != 2 {
		t.Errorf("many module has %d companions, want one per bucket resource (2):\n%s", n, many)
	}
	if after, _ := scanFor(t, loadEngine(t), "PLB-AWS-S3-004", dir); len(after) != 0 {
		for _, f := range after {
			t.Errorf("still fires on %s at %s", f.ResourceKey, f.Location)
		}
	}
}

// A companion that refers to the bucket but exists for some instances only is not doubled:
// the finding is skipped with the reason.
func TestFixBucketWithConditionalCompanionIsSkipped(t *testing.T) {
	dir, edits, skipped := fixFixture(t, "conditional_companion", "PLB-AWS-S3-004", 1)
	if len(edits) != 0 {
		t.Fatalf("edited %v, want nothing", editedFiles(edits))
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0].Reason, "already refers to aws_s3_bucket.this") {
		t.Fatalf("skipped %+v, want one skip naming the existing companion", skipped)
	}
	_ = dir
}

// A value that came from terraform.tfvars is fixed in the tfvars file, not in the resource.
func TestFixValueFromTfvars(t *testing.T) {
	dir, edits, skipped := fixFixture(t, "tfvars", "PLB-AWS-EFS-001", 1)
	if len(skipped) != 0 {
		t.Fatalf("skipped: %s", skipped[0].Reason)
	}
	if got := strings.Join(editedFiles(edits), " "); got != "terraform.tfvars" {
		t.Fatalf("edited %q, want terraform.tfvars only", got)
	}
	if got := readFile(t, dir, "terraform.tfvars"); got != "# Set per environment.\nencrypt = true\n" {
		t.Errorf("terraform.tfvars is now:\n%s", got)
	}
	if after, _ := scanFor(t, loadEngine(t), "PLB-AWS-EFS-001", dir); len(after) != 0 {
		t.Errorf("still fires at %s", after[0].Location)
	}
}

// A value passed as a module input is fixed at the module call's argument.
func TestFixValueFromModuleInput(t *testing.T) {
	dir, edits, skipped := fixFixture(t, "module_input", "PLB-AWS-RDS-001", 1)
	if len(skipped) != 0 {
		t.Fatalf("skipped: %s", skipped[0].Reason)
	}
	if got := strings.Join(editedFiles(edits), " "); got != "main.tf" {
		t.Fatalf("edited %q, want main.tf (the module call) only", got)
	}
	if got := readFile(t, dir, "main.tf"); !strings.Contains(got, "storage_encrypted = true # left over from a test setup") {
		t.Errorf("module call is now:\n%s", got)
	}
	if after, _ := scanFor(t, loadEngine(t), "PLB-AWS-RDS-001", dir); len(after) != 0 {
		t.Errorf("still fires at %s", after[0].Location)
	}
}

// A variable that also decides another resource's setting is left alone, with the reason.
func TestFixSharedVariableIsSkipped(t *testing.T) {
	_, edits, skipped := fixFixture(t, "shared_var", "PLB-AWS-EFS-001", 1)
	if len(edits) != 0 {
		t.Fatalf("edited %v, want nothing", editedFiles(edits))
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0].Reason, "var.protect is read in 2 places") {
		t.Fatalf("skipped %+v, want one skip saying the variable is shared", skipped)
	}
}

// CloudFormation: a property is rewritten on its line (a quoted "false" stays quoted), a
// missing one is added to the YAML mapping, a value from !Ref is left with the reason, and
// every short tag and comment survives.
func TestFixCloudFormationYAML(t *testing.T) {
	for _, c := range []struct {
		id    string
		count int
		skips int
	}{{"PLB-AWS-KMS-001", 2, 1}, {"PLB-AWS-DDB-001", 1, 0}, {"PLB-AWS-DDB-003", 1, 0}} {
		t.Run(c.id, func(t *testing.T) {
			dir, edits, skipped := fixFixture(t, "cfn_yaml", c.id, c.count)
			if len(skipped) != c.skips {
				t.Fatalf("skipped %+v, want %d", skipped, c.skips)
			}
			for _, s := range skipped {
				if !strings.Contains(s.Reason, "!Ref") {
					t.Errorf("skip reason %q does not name the !Ref", s.Reason)
				}
			}
			if len(edits) != 1 {
				t.Fatalf("%d edits, want 1", len(edits))
			}
			e := edits[0]
			checkUntouched(t, e, allowedSpans(t, e))
			checkComments(t, e)
			for _, tag := range []string{`!Sub "arn:aws:iam::${AWS::AccountId}:root"`, "EnableKeyRotation: !Ref Rotate", `!Sub "${AWS::StackName}-jobs"`} {
				if !strings.Contains(string(e.New), tag) {
					t.Errorf("%q lost", tag)
				}
			}
			after, _ := scanFor(t, loadEngine(t), c.id, dir)
			if len(after) != c.skips {
				t.Errorf("%d findings after the fix, want %d", len(after), c.skips)
			}
		})
	}
	_, edits, _ := fixFixture(t, "cfn_yaml", "PLB-AWS-DDB-003", 1)
	if !strings.Contains(string(edits[0].New), `DeletionProtectionEnabled: "true"`) {
		t.Errorf("quoted value not rewritten in its style:\n%s", edits[0].New)
	}
	_, edits, _ = fixFixture(t, "cfn_yaml", "PLB-AWS-DDB-001", 1)
	if !strings.Contains(string(edits[0].New), "      PointInTimeRecoverySpecification:\n        PointInTimeRecoveryEnabled: true\n") {
		t.Errorf("missing property not added under Properties:\n%s", edits[0].New)
	}
}

func TestFixCloudFormationJSON(t *testing.T) {
	for _, id := range []string{"PLB-AWS-CT-001", "PLB-AWS-CT-002"} {
		dir, edits, skipped := fixFixture(t, "cfn_json", id, 1)
		if len(skipped) != 0 || len(edits) != 1 {
			t.Fatalf("%s: %d edits, skipped %+v", id, len(edits), skipped)
		}
		var v map[string]any
		if err := json.Unmarshal(edits[0].New, &v); err != nil {
			t.Fatalf("%s: the fixed template is not JSON: %v", id, err)
		}
		if after, _ := scanFor(t, loadEngine(t), id, dir); len(after) != 0 {
			t.Errorf("%s still fires at %s", id, after[0].Location)
		}
	}
	_, edits, _ := fixFixture(t, "cfn_json", "PLB-AWS-CT-002", 1)
	if !strings.Contains(string(edits[0].New), `"EnableLogFileValidation": "true"`) {
		t.Errorf("value not rewritten in place:\n%s", edits[0].New)
	}
}

// allowedSpans lets every line change: the CloudFormation tests check tags and comments
// instead, and that the edit is a few lines.
func allowedSpans(t *testing.T, e fix.Edit) []span {
	t.Helper()
	if d := strings.Count(string(e.New), "\n") - strings.Count(string(e.Old), "\n"); d > 2 {
		t.Errorf("the edit adds %d lines", d)
	}
	return []span{{1, strings.Count(string(e.Old), "\n") + 1}}
}

// A bucket whose versioning companion reads its status from terraform.tfvars is fixed in
// the tfvars file, in the companion's own terms ("Enabled"), not given a second companion.
func TestFixExistingCompanionThroughTfvars(t *testing.T) {
	dir, edits, skipped := fixFixture(t, "versioning_tfvars", "PLB-AWS-S3-006", 1)
	if len(skipped) != 0 {
		t.Fatalf("skipped: %s", skipped[0].Reason)
	}
	if got := strings.Join(editedFiles(edits), " "); got != "terraform.tfvars" {
		t.Fatalf("edited %q, want terraform.tfvars only", got)
	}
	if got := readFile(t, dir, "terraform.tfvars"); got != "versioning = \"Enabled\" # paused during the migration\n" {
		t.Errorf("terraform.tfvars is now:\n%s", got)
	}
	if after, _ := scanFor(t, loadEngine(t), "PLB-AWS-S3-006", dir); len(after) != 0 {
		t.Errorf("still fires at %s", after[0].Location)
	}
}

// The S3 companion fixes have a CloudFormation form: the bucket's own properties, added
// under Properties (created when the bucket has none), or set where they are (a suspended
// VersioningConfiguration becomes Enabled, not a second one).
func TestFixCloudFormationBucketCompanions(t *testing.T) {
	for _, id := range []string{"PLB-AWS-S3-002", "PLB-AWS-S3-004", "PLB-AWS-S3-006"} {
		t.Run(id, func(t *testing.T) {
			dir, edits, skipped := fixFixture(t, "cfn_s3", id, 2)
			if len(skipped) != 0 || len(edits) != 1 {
				t.Fatalf("%d edits, skipped %+v", len(edits), skipped)
			}
			e := edits[0]
			checkComments(t, e)
			if !strings.Contains(string(e.New), `BucketName: !Sub "${AWS::StackName}-reports" # named after the stack`) {
				t.Errorf("the !Sub line changed:\n%s", e.New)
			}
			if n := strings.Count(string(e.New), "Properties:"); n != 2 {
				t.Errorf("%d Properties mappings, want 2:\n%s", n, e.New)
			}
			if after, _ := scanFor(t, loadEngine(t), id, dir); len(after) != 0 {
				t.Errorf("still fires at %s", after[0].Location)
			}
			if id == "PLB-AWS-S3-006" && (strings.Count(string(e.New), "VersioningConfiguration:") != 2 || strings.Contains(string(e.New), "Suspended")) {
				t.Errorf("versioning not set in place:\n%s", e.New)
			}
		})
	}
}

// A bucket that has an encryption configuration the rule finds wanting (inline, with no
// algorithm) gets no second, separate one: the finding is a skip that names the block.
func TestFixBucketWithInlineEncryptionIsNotDoubled(t *testing.T) {
	_, edits, skipped := fixFixture(t, "inline_encryption", "PLB-AWS-S3-004", 1)
	if len(edits) != 0 {
		t.Fatalf("edited %v:\n%s", editedFiles(edits), edits[0].New)
	}
	if len(skipped) != 1 || !strings.Contains(skipped[0].Reason, "main.tf:5") || !strings.Contains(skipped[0].Reason, "already configures server_side_encryption") {
		t.Fatalf("skipped %+v, want one skip naming main.tf:5", skipped)
	}
}
