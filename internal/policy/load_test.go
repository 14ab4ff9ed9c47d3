package policy

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

func ruleIDs(e *Engine) []string {
	var ids []string
	for _, r := range e.Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}

func TestRulesSortedWithMetadata(t *testing.T) {
	e := load(t, Options{})
	want := []string{"TEST-EC2-001", "TEST-S3-001", "TEST-S3-002", "TEST-SG-001", "TEST-SPY-001", "TEST-TAG-001"}
	if got := ruleIDs(e); !slices.Equal(got, want) {
		t.Fatalf("rules = %q, want %q", got, want)
	}
	r := e.Rules()[1]
	if r.Title != "Test bucket versioning is not enabled" || r.Description != "A bucket without versioning." ||
		!slices.Equal(r.Types, []string{"aws_s3_bucket"}) || !r.Custom ||
		!slices.Equal(r.Controls["cis-aws"], []string{"2.1.3"}) || !slices.Equal(r.Controls["nist-800-53"], []string{"CP-9"}) {
		t.Errorf("rule = %+v", r)
	}
}

func TestOptions(t *testing.T) {
	bucket := res("aws_s3_bucket", "b", map[string]any{"acl": "public-read"})
	tests := []struct {
		name   string
		opts   Options
		rules  []string
		fired  []string
		sevOf  map[string]finding.Severity
		errHas string
	}{
		{name: "only", opts: only("TEST-S3-002"), rules: []string{"TEST-S3-002"}, fired: []string{"TEST-S3-002"}},
		{
			name:  "disabled rules are not evaluated",
			opts:  Options{Only: []string{"TEST-S3-001", "TEST-S3-002"}, Disabled: []string{"TEST-S3-001"}},
			rules: []string{"TEST-S3-002"}, fired: []string{"TEST-S3-002"},
		},
		{
			name:  "severity override",
			opts:  Options{Only: []string{"TEST-S3-002"}, Severity: map[string]finding.Severity{"TEST-S3-002": finding.Low}},
			rules: []string{"TEST-S3-002"}, fired: []string{"TEST-S3-002"},
			sevOf: map[string]finding.Severity{"TEST-S3-002": finding.Low},
		},
		{name: "unknown id in only", opts: only("NOPE-1"), errHas: "NOPE-1 (in only)"},
		{name: "unknown id in disabled", opts: Options{Disabled: []string{"NOPE-2"}}, errHas: "NOPE-2 (in disabled)"},
		{name: "unknown id in severity", opts: Options{Severity: map[string]finding.Severity{"NOPE-3": finding.Low}}, errHas: "NOPE-3 (in severity)"},
		{name: "unknown id in params", opts: Options{Params: map[string]map[string]any{"NOPE-4": {}}}, errHas: "NOPE-4 (in params)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.NoBuiltin = true
			tt.opts.PolicyDirs = []string{rulesDir}
			e, err := Load(context.Background(), tt.opts)
			if tt.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("err = %v, want one containing %q", err, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := ruleIDs(e); !slices.Equal(got, tt.rules) {
				t.Errorf("rules = %q, want %q", got, tt.rules)
			}
			fs, _ := evaluate(t, e, bucket)
			var fired []string
			for _, f := range fs {
				fired = append(fired, f.Rule.ID)
				if want, ok := tt.sevOf[f.Rule.ID]; ok && f.Severity() != want {
					t.Errorf("%s severity = %v, want %v", f.Rule.ID, f.Severity(), want)
				}
			}
			if !slices.Equal(fired, tt.fired) {
				t.Errorf("fired = %q, want %q", fired, tt.fired)
			}
		})
	}
}

func TestParams(t *testing.T) {
	r := res("aws_instance", "i", map[string]any{"instance_type": "t3.micro", "tags": map[string]any{"owner": "me"}})
	tests := []struct {
		name   string
		params map[string]map[string]any
		want   []string // messages
	}{
		{name: "defaults", want: []string{}},
		{
			name: "override one parameter, keep the other's default",
			params: map[string]map[string]any{
				"TEST-TAG-001": {"required_tags": []any{"owner", "team"}},
				"TEST-EC2-001": {"allowed_types": []string{"m5.large"}},
			},
			want: []string{"instance type t3.micro is not allowed", "missing tag team"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := load(t, Options{Only: []string{"TEST-TAG-001", "TEST-EC2-001"}, Params: tt.params})
			fs, _ := evaluate(t, e, r)
			got := []string{}
			for _, f := range fs {
				got = append(got, f.Message)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("messages = %q, want %q", got, tt.want)
			}
		})
	}
}

// writeRule writes src as name in a fresh directory and returns the directory.
func writeRules(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const validRule = `# METADATA
# title: A rule
# custom:
#   id: %s
#   severity: low
#   types: [aws_s3_bucket]
package %s

deny contains "x" if input.attributes.x
`

func ruleSrc(id, pkg string) string { return fmt.Sprintf(validRule, id, pkg) }

func TestLoadErrors(t *testing.T) {
	meta := func(custom string) string {
		return "# METADATA\n# title: T\n# custom:\n" + custom + "package p\n\ndeny contains \"x\" if true\n"
	}
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each must appear in the error
	}{
		{"missing id", map[string]string{"r.rego": "# METADATA\n# title: T\npackage p\n\ndeny contains \"x\" if true\n"},
			[]string{"r.rego:5: package data.p has a deny rule but no custom.id"}},
		{"missing severity", map[string]string{"r.rego": meta("#   id: X-1\n#   types: [t]\n")},
			[]string{"r.rego:1: missing custom.severity"}},
		{"unknown severity", map[string]string{"r.rego": meta("#   id: X-1\n#   severity: urgent\n#   types: [t]\n")},
			[]string{"r.rego:1: custom.severity: unknown severity \"urgent\""}},
		{"missing types", map[string]string{"r.rego": meta("#   id: X-1\n#   severity: low\n")},
			[]string{"r.rego:1: missing custom.types"}},
		{"types not a list", map[string]string{"r.rego": meta("#   id: X-1\n#   severity: low\n#   types: aws_s3_bucket\n")},
			[]string{"r.rego:1: custom.types must be a non-empty list"}},
		{"unknown framework", map[string]string{"r.rego": meta("#   id: X-1\n#   severity: low\n#   types: [t]\n#   controls:\n#     cis_aws: [\"1.1\"]\n")},
			[]string{"unknown framework \"cis_aws\""}},
		{"unquoted control id", map[string]string{"r.rego": meta("#   id: X-1\n#   severity: low\n#   types: [t]\n#   controls:\n#     cis-aws: [1.10]\n")},
			[]string{"custom.controls.cis-aws", "quote control ids"}},
		{"every problem at once", map[string]string{"r.rego": meta("#   severity: low\n#   id: [a]\n")},
			[]string{"custom.id must be a non-empty string", "missing custom.types"}},
		{"id without deny", map[string]string{"r.rego": "# METADATA\n# custom:\n#   id: X-1\n#   severity: low\n#   types: [t]\npackage p\n\nallow if true\n"},
			[]string{"r.rego:1: rule X-1 (package data.p) has no deny rule"}},
		{"deny not a set", map[string]string{"r.rego": "# METADATA\n# custom:\n#   id: X-1\n#   severity: low\n#   types: [t]\npackage p\n\ndeny := true\n"},
			[]string{"r.rego:8: deny must be a set"}},
		{"duplicate id", map[string]string{
			"a/rule.rego": ruleSrc("X-1", "a"),
			"b/rule.rego": ruleSrc("X-1", "b"),
		}, []string{"b/rule.rego:1: duplicate rule id X-1 (also declared at ", "a/rule.rego:1)"}},
		{"syntax error", map[string]string{"r.rego": "package p\n\ndeny contains x if {\n"},
			[]string{"r.rego:4: rego_parse_error"}},
		{"v0 syntax is refused", map[string]string{"r.rego": "package p\n\ndeny[msg] { msg := \"x\" }\n"},
			[]string{"r.rego:3"}},
		{"network access is refused", map[string]string{"r.rego": ruleSrc("X-1", "p") +
			"\nleak if http.send({\"method\": \"get\", \"url\": \"http://x\"})\n"},
			[]string{"unsafe built-in function calls in expression: http.send"}},
		{"environment access is refused", map[string]string{"r.rego": "package p\n\nenv := opa.runtime().env\n"},
			[]string{"opa.runtime"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeRules(t, tt.files)
			_, err := Load(context.Background(), Options{NoBuiltin: true, PolicyDirs: []string{dir}})
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error %q does not contain %q", msg, w)
				}
			}
		})
	}
}

func TestPolicyDirs(t *testing.T) {
	t.Run("missing dir", func(t *testing.T) {
		_, err := Load(context.Background(), Options{NoBuiltin: true, PolicyDirs: []string{"testdata/nope"}})
		if err == nil || !strings.Contains(err.Error(), "testdata/nope") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("dir without rego", func(t *testing.T) {
		dir := writeRules(t, map[string]string{"README.md": "hi"})
		_, err := Load(context.Background(), Options{NoBuiltin: true, PolicyDirs: []string{dir}})
		if err == nil || !strings.Contains(err.Error(), "no .rego files") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("nested dirs, single files, tests and hidden dirs", func(t *testing.T) {
		dir := writeRules(t, map[string]string{
			"a/b/rule.rego":      ruleSrc("C-1", "c1"),
			"a/b/rule_test.rego": "package c1_test\n\ntest_x if true\n",
			".git/x.rego":        "this is not rego",
		})
		single := writeRules(t, map[string]string{
			"one.rego": ruleSrc("C-2", "c2"),
		})
		e, err := Load(context.Background(), Options{NoBuiltin: true,
			PolicyDirs: []string{dir, filepath.Join(single, "one.rego"), dir}})
		if err != nil {
			t.Fatal(err)
		}
		if got := ruleIDs(e); !slices.Equal(got, []string{"C-1", "C-2"}) {
			t.Errorf("rules = %q", got)
		}
		for _, r := range e.Rules() {
			if !r.Custom {
				t.Errorf("%s: Custom = false", r.ID)
			}
		}
	})
	t.Run("custom rules can use the library without the built-in rules", func(t *testing.T) {
		e := load(t, only("TEST-SG-001"))
		fs, _ := evaluate(t, e, res("aws_security_group", "sg", map[string]any{"ingress": []any{
			map[string]any{"protocol": "-1", "cidr_blocks": []any{"0.0.0.0/0"}},
		}}))
		if len(fs) != 1 {
			t.Errorf("findings = %q", summary(fs))
		}
	})
}

func TestBuiltinLibrary(t *testing.T) {
	e, err := Load(context.Background(), Options{})
	if err != nil {
		t.Fatalf("the embedded library does not load: %v", err)
	}
	rules := e.Rules()
	for _, r := range rules {
		if r.Custom {
			t.Errorf("%s: built-in rule marked custom", r.ID)
		}
	}
	if len(rules) == 0 {
		t.Skip("the embedded library has no rules yet")
	}
	t.Run("a custom rule cannot reuse a built-in id", func(t *testing.T) {
		id := rules[0].ID
		dir := writeRules(t, map[string]string{"r.rego": ruleSrc(id, "mine")})
		_, err := Load(context.Background(), Options{PolicyDirs: []string{dir}})
		if err == nil || !strings.Contains(err.Error(), "duplicate rule id "+id) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("a custom file cannot join a built-in package", func(t *testing.T) {
		dir := writeRules(t, map[string]string{"r.rego": "package plumb.lib\n\nextra := 1\n"})
		_, err := Load(context.Background(), Options{PolicyDirs: []string{dir}})
		if err == nil || !strings.Contains(err.Error(), "package data.plumb.lib is also declared by policies/lib/") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("NoBuiltin", func(t *testing.T) {
		e := load(t, Options{})
		for _, r := range e.Rules() {
			if !strings.HasPrefix(r.ID, "TEST-") {
				t.Errorf("built-in rule %s loaded with NoBuiltin", r.ID)
			}
		}
	})
}

func TestEvaluateEmpty(t *testing.T) {
	e := load(t, Options{})
	fs, skips, err := e.Evaluate(context.Background(), []*resource.Resource{nil, {Type: "x"}})
	if err != nil || len(skips) != 0 {
		t.Fatalf("err = %v, skips = %v", err, skips)
	}
	if got := summary(fs); !slices.Equal(got, []string{"TEST-TAG-001  tags"}) {
		t.Errorf("findings = %q", got)
	}
	if _, _, err := e.Evaluate(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
}
