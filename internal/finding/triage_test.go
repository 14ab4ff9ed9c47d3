package finding

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/plumbsec/plumb/internal/resource"
)

const mainTF = `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  acl    = "public-read" # plumb:ignore AWS-S3-001 public website, approved in SEC-12
}

// plumb:ignore AWS-S3-002 versioning is handled by the backup job
resource "aws_s3_bucket" "data" {
  bucket = "data"

  acl = "private"
  # plumb:ignore AWS-S3-003,AWS-S3-004 read only bucket
  versioning_enabled = false
  force_destroy      = true # plumb:ignore AWS-S3-005
  object_lock        = false # plumb:ignore
}

resource "aws_s3_bucket" "misc" { # plumb:ignore aws-s3-006, AWS-S3-007 legacy, tracked in OPS-3
  bucket = "misc" # plumb:ignored AWS-S3-008 not a directive
}
`

const deployYAML = "apiVersion: apps/v1\r\n" +
	"kind: Deployment # plumb:ignore K8S-001 batch job needs host network\r\n" +
	"metadata:\r\n" +
	"  name: web // plumb:ignore K8S-002 slashes are not YAML comments\r\n"

const tfvars = `instance_type = "t2.micro"
public = true # plumb:ignore AWS-EC2-001 demo account
`

func testFS() fstest.MapFS {
	return fstest.MapFS{
		"main.tf":             {Data: []byte(mainTF)},
		"k8s/deploy.yaml":     {Data: []byte(deployYAML)},
		"terraform.tfvars":    {Data: []byte(tfvars)},
		"template.json":       {Data: []byte("{\n  \"a\": 1 # plumb:ignore CFN-001 not a comment in JSON\n}\n")},
		"modules/web/main.tf": {Data: []byte("resource \"aws_instance\" \"web\" {\n  associate_public_ip_address = var.public\n}\n")},
		"modules/web/deep.tf": {Data: []byte("a = 1\n")},
	}
}

func at(file string, line int) resource.Location {
	return resource.Location{File: file, StartLine: line, EndLine: line}
}

func TestApplyInline(t *testing.T) {
	decls := map[string]resource.Location{
		"aws_s3_bucket.logs": at("main.tf", 1),
		"aws_s3_bucket.data": at("main.tf", 7),
		"aws_s3_bucket.misc": at("main.tf", 17),
	}
	declOf := func(f *Finding) resource.Location { return decls[f.ResourceKey] }
	tests := []struct {
		name     string
		rule     string
		key      string
		loc      resource.Location
		status   Status // before
		want     Status
		reason   string
		declOnly bool // pass a nil declOf
	}{
		{name: "trailing comment on the finding's line", rule: "AWS-S3-001", key: "aws_s3_bucket.logs", loc: at("main.tf", 3),
			want: Suppressed, reason: "public website, approved in SEC-12"},
		{name: "// comment above the declaration", rule: "AWS-S3-002", key: "aws_s3_bucket.data", loc: at("main.tf", 8),
			want: Suppressed, reason: "versioning is handled by the backup job"},
		{name: "line above the finding, first of two ids", rule: "AWS-S3-003", key: "aws_s3_bucket.data", loc: at("main.tf", 12),
			want: Suppressed, reason: "read only bucket"},
		{name: "line above the finding, second of two ids", rule: "AWS-S3-004", key: "aws_s3_bucket.data", loc: at("main.tf", 12),
			want: Suppressed, reason: "read only bucket"},
		{name: "comment two lines above does not count", rule: "AWS-S3-003", key: "aws_s3_bucket.data", loc: at("main.tf", 13),
			want: Open},
		{name: "other rule's comment", rule: "AWS-S3-009", key: "aws_s3_bucket.logs", loc: at("main.tf", 3), want: Open},
		{name: "no reason", rule: "AWS-S3-005", key: "aws_s3_bucket.data", loc: at("main.tf", 13), want: Open},
		{name: "on the declaration line, ids case-insensitive", rule: "AWS-S3-006", key: "aws_s3_bucket.misc", loc: at("main.tf", 19),
			want: Suppressed, reason: "legacy, tracked in OPS-3"},
		{name: "on the declaration line, id after comma and space", rule: "AWS-S3-007", key: "aws_s3_bucket.misc", loc: at("main.tf", 19),
			want: Suppressed, reason: "legacy, tracked in OPS-3"},
		{name: "without declOf only the finding's lines count", rule: "AWS-S3-007", key: "aws_s3_bucket.misc", loc: at("main.tf", 19),
			want: Open, declOnly: true},
		{name: "plumb:ignored is not a directive", rule: "AWS-S3-008", key: "aws_s3_bucket.other", loc: at("main.tf", 18), want: Open},
		{name: "YAML # comment, CRLF", rule: "K8S-001", key: "apps/v1/Deployment default/web", loc: at("k8s/deploy.yaml", 2),
			want: Suppressed, reason: "batch job needs host network"},
		{name: "YAML has no // comments", rule: "K8S-002", key: "apps/v1/Deployment default/web", loc: at("k8s/deploy.yaml", 4), want: Open},
		{name: "JSON has no comments", rule: "CFN-001", key: "AWS::S3::Bucket B", loc: at("template.json", 2), want: Open},
		{name: "comment where the value was set (tfvars)", rule: "AWS-EC2-001", key: "module.web.aws_instance.web",
			loc:  resource.Location{File: "terraform.tfvars", StartLine: 2, EndLine: 2, Via: []resource.Location{at("modules/web/main.tf", 2)}},
			want: Suppressed, reason: "demo account"},
		{name: "comment where the value was used (via)", rule: "AWS-EC2-001", key: "module.web.aws_instance.web",
			loc:  resource.Location{File: "modules/web/deep.tf", StartLine: 1, Via: []resource.Location{at("terraform.tfvars", 2)}},
			want: Suppressed, reason: "demo account"},
		{name: "already waived is left alone", rule: "AWS-S3-001", key: "aws_s3_bucket.logs", loc: at("main.tf", 3),
			status: Waived, want: Waived, reason: "until June"},
		{name: "missing file", rule: "AWS-S3-001", key: "aws_s3_bucket.logs", loc: at("gone.tf", 3), want: Open},
		{name: "line past the end", rule: "AWS-S3-001", key: "aws_s3_bucket.logs", loc: at("main.tf", 300), want: Open},
		{name: "path outside the FS", rule: "X", key: "x", loc: at("../escape.tf", 1), want: Open},
		{name: "no location", rule: "AWS-S3-001", key: "arn:aws:s3:::logs", want: Open},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &Finding{Rule: &Rule{ID: tt.rule}, ResourceKey: tt.key, Location: tt.loc, Status: tt.status}
			if tt.status != Open {
				f.Reason = tt.reason
			}
			d := declOf
			if tt.declOnly {
				d = nil
			}
			ApplyInline([]*Finding{f}, d, testFS())
			if f.Status != tt.want || f.Reason != tt.reason {
				t.Errorf("got %v %q, want %v %q", f.Status, f.Reason, tt.want, tt.reason)
			}
			if inSource := tt.want == Suppressed; f.InSource != inSource {
				t.Errorf("InSource = %v, want %v", f.InSource, inSource)
			}
		})
	}
}

func TestApplyInlineWarnings(t *testing.T) {
	findings := []*Finding{
		{Rule: &Rule{ID: "AWS-S3-005"}, ResourceKey: "a", Location: at("main.tf", 13)},
		// The same comment seen from a second finding is reported once.
		{Rule: &Rule{ID: "AWS-S3-005"}, ResourceKey: "b", Location: at("main.tf", 13)},
		{Rule: &Rule{ID: "AWS-S3-010"}, ResourceKey: "c", Location: at("main.tf", 14)},
		// A reasonless comment for another rule says nothing about this finding.
		{Rule: &Rule{ID: "AWS-S3-011"}, ResourceKey: "d", Location: at("main.tf", 13)},
	}
	got := ApplyInline(findings, nil, testFS())
	want := []string{
		"main.tf:13:29: warning: plumb:ignore needs a reason",
		"main.tf:14:30: warning: plumb:ignore needs a rule id and a reason",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d diagnostics, want %d: %v", len(got), len(want), got)
	}
	for i, d := range got {
		if !strings.HasPrefix(d.String(), want[i]) || d.Error {
			t.Errorf("diagnostic %d = %q, want a warning starting %q", i, d, want[i])
		}
	}
	for _, f := range findings {
		if f.Status != Open {
			t.Errorf("%s: status %v, want open", f.ResourceKey, f.Status)
		}
	}
}

// countingFS counts opens, to show each file is read once however many findings point at it.
type countingFS struct {
	fs.FS
	opens map[string]int
}

func (c countingFS) Open(name string) (fs.File, error) {
	c.opens[name]++
	return c.FS.Open(name)
}

func TestApplyInlineReadsEachFileOnce(t *testing.T) {
	fsys := countingFS{FS: testFS(), opens: map[string]int{}}
	var findings []*Finding
	for line := 1; line <= 20; line++ {
		findings = append(findings,
			&Finding{Rule: &Rule{ID: "NONE"}, Location: at("main.tf", line)},
			&Finding{Rule: &Rule{ID: "NONE"}, Location: at("./gone.tf", line)})
	}
	ApplyInline(findings, nil, fsys)
	for name, n := range fsys.opens {
		if n != 1 {
			t.Errorf("%s opened %d times", name, n)
		}
	}
	if fsys.opens["main.tf"] != 1 || fsys.opens["gone.tf"] != 1 {
		t.Errorf("opens = %v, want main.tf and gone.tf once each", fsys.opens)
	}
}

func TestSplitIgnoreArgs(t *testing.T) {
	tests := []struct {
		in     string
		ids    string
		reason string
	}{
		{"A reason here", "A", "reason here"},
		{"A,B reason", "A B", "reason"},
		{"A, B reason", "A B", "reason"},
		{"A ,B reason", "A B", "reason"},
		{"A , B\treason  with  spaces ", "A B", "reason  with  spaces"},
		{"A", "A", ""},
		{"A,", "A", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		ids, reason := splitIgnoreArgs(tt.in)
		if strings.Join(ids, " ") != tt.ids || reason != tt.reason {
			t.Errorf("splitIgnoreArgs(%q) = %q, %q; want %q, %q", tt.in, ids, reason, tt.ids, tt.reason)
		}
	}
}

func TestApplyConfig(t *testing.T) {
	mk := func() []*Finding {
		return []*Finding{
			{Rule: &Rule{ID: "AWS-S3-001"}, ResourceKey: "module.web.aws_s3_bucket.logs[0]", Location: at("modules/web/s3.tf", 3)},
			{Rule: &Rule{ID: "AWS-S3-001"}, ResourceKey: "aws_s3_bucket.data", Location: at("main.tf", 9)},
			{Rule: &Rule{ID: "K8S-001"}, ResourceKey: "apps/v1/Deployment default/web", Location: at("k8s/prod/deploy.yaml", 2)},
			{Rule: &Rule{ID: "AWS-S3-001"}, ResourceKey: "aws_s3_bucket.old", Location: at("main.tf", 20),
				Status: Accepted, Reason: "in baseline"},
		}
	}
	tests := []struct {
		name string
		sups []Suppression
		want []string // status/reason of each finding
	}{
		{"rule only", []Suppression{{Rule: "AWS-S3-001", Reason: "r"}},
			[]string{"suppressed/r", "suppressed/r", "open/", "accepted/in baseline"}},
		{"exact key with brackets", []Suppression{{Rule: "AWS-S3-001", Resource: "module.web.aws_s3_bucket.logs[0]", Reason: "r"}},
			[]string{"suppressed/r", "open/", "open/", "accepted/in baseline"}},
		{"key glob", []Suppression{{Rule: "AWS-S3-001", Resource: "module.web.*", Reason: "r"}},
			[]string{"suppressed/r", "open/", "open/", "accepted/in baseline"}},
		{"key glob with slash", []Suppression{{Rule: "K8S-001", Resource: "apps/v1/Deployment default/*", Reason: "r"}},
			[]string{"open/", "open/", "suppressed/r", "accepted/in baseline"}},
		{"key glob across slashes, as docs/suppressing.md shows", []Suppression{{Rule: "K8S-001", Resource: "*/*/Deployment */*", Reason: "r"}},
			[]string{"open/", "open/", "suppressed/r", "accepted/in baseline"}},
		{"escaped brackets", []Suppression{{Rule: "AWS-S3-001", Resource: `module.web.aws_s3_bucket.logs\[*\]`, Reason: "r"}},
			[]string{"suppressed/r", "open/", "open/", "accepted/in baseline"}},
		{"file glob with **", []Suppression{{Rule: "K8S-001", File: "k8s/**/*.yaml", Reason: "r"}},
			[]string{"open/", "open/", "suppressed/r", "accepted/in baseline"}},
		{"file glob that does not match", []Suppression{{Rule: "AWS-S3-001", File: "modules/*.tf", Reason: "r"}},
			[]string{"open/", "open/", "open/", "accepted/in baseline"}},
		{"first match wins", []Suppression{
			{Rule: "AWS-S3-001", File: "main.tf", Reason: "first"},
			{Rule: "AWS-S3-001", Reason: "second"}},
			[]string{"suppressed/second", "suppressed/first", "open/", "accepted/in baseline"}},
		{"rule and resource must both match", []Suppression{{Rule: "K8S-001", Resource: "aws_s3_bucket.data", Reason: "r"}},
			[]string{"open/", "open/", "open/", "accepted/in baseline"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := mk()
			if err := ApplyConfig(fs, tt.sups); err != nil {
				t.Fatal(err)
			}
			for i, f := range fs {
				if got := f.Status.String() + "/" + f.Reason; got != tt.want[i] {
					t.Errorf("finding %d: got %s, want %s", i, got, tt.want[i])
				}
				if f.InSource {
					t.Errorf("finding %d: InSource set by config", i)
				}
			}
		})
	}
}

func TestApplyConfigInvalid(t *testing.T) {
	tests := []struct {
		name string
		sups []Suppression
		want []string
	}{
		{"no reason", []Suppression{{Rule: "A", Reason: "ok"}, {Rule: "A", Reason: "  "}},
			[]string{"suppressions[1]: reason is required"}},
		{"no rule", []Suppression{{Reason: "r"}}, []string{"suppressions[0]: rule is required"}},
		{"bad patterns", []Suppression{{Rule: "A", Reason: "r", Resource: "a[", File: "x/[/y"}},
			[]string{`suppressions[0]: resource pattern "a["`, `suppressions[0]: file pattern "x/[/y"`}},
		{"every entry is named", []Suppression{{Rule: "A"}, {Reason: "r"}},
			[]string{"suppressions[0]: reason", "suppressions[1]: rule"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &Finding{Rule: &Rule{ID: "A"}, ResourceKey: "a"}
			err := ApplyConfig([]*Finding{f}, tt.sups)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if f.Status != Open {
				t.Errorf("a suppression was applied despite the error")
			}
		})
	}
}

func TestMatchFile(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"main.tf", "main.tf", true},
		{"./main.tf", "main.tf", true},
		{"*.tf", "main.tf", true},
		{"*.tf", "modules/main.tf", false},
		{"**/*.tf", "main.tf", true},
		{"**/*.tf", "modules/a/b/main.tf", true},
		{"modules/**", "modules/a/main.tf", true},
		{"modules/**", "modules", true},
		{"modules/**/main.tf", "modules/main.tf", true},
		{"modules/**/**/main.tf", "modules/a/main.tf", true},
		{"modules/**/main.tf", "other/a/main.tf", false},
		{"**", "anything/at/all.yaml", true},
		{"charts/monitoring/**", "charts/monitoring/templates/daemonset.yaml", true},
		{"envs/prod/*.tf", "envs/prod/main.tf", true},
		{"envs/prod/*.tf", "envs/staging/main.tf", false},
		{"k8s/*/deploy.yaml", "k8s/prod/deploy.yaml", true},
		{"k8s/*/deploy.yaml", "k8s/prod/eu/deploy.yaml", false},
		{`a\[1\].tf`, "a[1].tf", true},
		{"*.tf", "", false},
	}
	for _, tt := range tests {
		if got := matchFile(tt.pattern, tt.name); got != tt.want {
			t.Errorf("matchFile(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}
