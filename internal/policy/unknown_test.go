package policy

import (
	"slices"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

func TestUnknownValues(t *testing.T) {
	e := load(t, only("TEST-S3-001", "TEST-S3-002", "TEST-SG-001"))
	u := resource.Unknown{}
	open := map[string]any{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": []any{"0.0.0.0/0"}}
	tests := []struct {
		name      string
		r         *resource.Resource
		findings  []string
		skips     []string
		skipWhere string
	}{
		{
			name:     "versioning.enabled unknown: the negated check does not fire and is skipped",
			r:        res("aws_s3_bucket", "b", map[string]any{"acl": "private", "versioning": map[string]any{"enabled": u}}),
			skips:    []string{"TEST-S3-001 b [versioning.enabled]"},
			findings: []string{},
		},
		{
			name:     "whole versioning block unknown",
			r:        res("aws_s3_bucket", "b", map[string]any{"acl": "private", "versioning": u}),
			skips:    []string{"TEST-S3-001 b [versioning]"},
			findings: []string{},
		},
		{
			name:     "unknown the rule does not read changes nothing",
			r:        res("aws_s3_bucket", "b", map[string]any{"acl": "private", "tags": u}),
			findings: []string{"TEST-S3-001 b versioning.enabled"},
			skips:    []string{},
		},
		{
			name:     "a rule that would pass is undecided too",
			r:        res("aws_s3_bucket", "b", map[string]any{"acl": u, "versioning": map[string]any{"enabled": true}}),
			findings: []string{},
			skips:    []string{"TEST-S3-002 b [acl]"},
		},
		{
			name:     "a read made by a helper package counts",
			r:        res("aws_s3_bucket", "b", map[string]any{"acl": u, "versioning": map[string]any{"enabled": false}}),
			findings: []string{"TEST-S3-001 b versioning.enabled"},
			skips:    []string{"TEST-S3-002 b [acl]"},
		},
		{
			name: "one unknown ingress and one open: the open one is still reported",
			r: res("aws_security_group", "sg", map[string]any{"ingress": []any{
				map[string]any{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": u},
				open,
			}}),
			findings: []string{"TEST-SG-001 sg ingress.1.cidr_blocks"},
			skips:    []string{},
		},
		{
			name: "only an unknown ingress: skipped",
			r: res("aws_security_group", "sg", map[string]any{"ingress": []any{
				map[string]any{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": []any{u}},
			}}),
			findings: []string{},
			skips:    []string{"TEST-SG-001 sg [ingress.0.cidr_blocks.0]"},
		},
		{
			name: "an unknown port on a world-open rule: the finding at that rule is dropped",
			r: res("aws_security_group", "sg", map[string]any{"ingress": []any{
				map[string]any{"protocol": "tcp", "from_port": u, "to_port": u, "cidr_blocks": []any{"0.0.0.0/0"}},
			}}),
			findings: []string{},
			skips:    []string{"TEST-SG-001 sg [ingress.0.from_port ingress.0.to_port]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, skips := evaluate(t, e, tt.r)
			if got := summary(fs); !slices.Equal(got, tt.findings) {
				t.Errorf("findings:\n got %q\nwant %q", got, tt.findings)
			}
			if got := skipSummary(skips); !slices.Equal(got, tt.skips) {
				t.Errorf("skips:\n got %q\nwant %q", got, tt.skips)
			}
			for _, s := range skips {
				if s.Error != "" {
					t.Errorf("skip has an error: %s", s.Error)
				}
			}
		})
	}
}

func TestUnknownSkipLocation(t *testing.T) {
	e := load(t, only("TEST-S3-001"))
	r := res("aws_s3_bucket", "b", map[string]any{"versioning": map[string]any{"enabled": resource.Unknown{}}})
	at := resource.Location{File: "vars.tfvars", StartLine: 2, EndLine: 2}
	r.SetLocation(resource.Path{}, resource.Location{File: "main.tf", StartLine: 1})
	r.SetLocation(resource.Path{"versioning", "enabled"}, at)
	_, skips := evaluate(t, e, r)
	if len(skips) != 1 || skips[0].Location.String() != at.String() {
		t.Fatalf("skips = %+v, want one at %v", skips, at)
	}
}

func TestInputReads(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"iteration follows the variable", `some r in input.attributes.ingress; r.cidr_blocks[_] == "x"`, []string{"attributes.ingress.*.cidr_blocks.*"}},
		{"wildcard index", `input.attributes.ingress[_].cidr_blocks[_] == "x"`, []string{"attributes.ingress.*.cidr_blocks.*"}},
		{"a variable passed to a function reads all below it", `some r in input.attributes.ingress; startswith(r.x, "a"); count(r) > 1`, []string{"attributes.ingress.*"}},
		{"an unused iteration reads its collection", `some r in input.attributes.ingress`, []string{"attributes.ingress.*"}},
		{"every reads its domain whole", `every r in input.attributes.ingress { r.self == true }`, []string{"attributes.ingress"}},
		{"constant path", `input.attributes.versioning.enabled == true`, []string{"attributes.versioning.enabled"}},
		{"constant index", `input.attributes.ingress[0].cidr_blocks == []`, []string{"attributes.ingress.0.cidr_blocks"}},
		{"function argument", `startswith(input.attributes.name, "x")`, []string{"attributes.name"}},
		{"dynamic key reads everything below", `some k; input.attributes[k] == 1`, []string{"attributes.*"}},
		{"bare input followed through a variable", `x := input; x.key == "k"`, []string{"key"}},
		{"bare input used whole reads everything", `x := input; count(x) > 0`, []string{""}},
		{"key and type do not touch attributes", `input.key == input.type`, []string{"key", "type"}},
		{"paths below another are folded", `input.attributes.a.b == 1; input.attributes.a == {}`, []string{"attributes.a"}},
		{"ref inside a data ref", `data.plumb.params[input.type] == 1`, []string{"type"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "# METADATA\n# custom:\n#   id: R\n#   severity: low\n#   types: [t]\npackage r\n\n" +
				"deny contains \"x\" if {\n" + tt.body + "\n}\n"
			_, rules, err := compileRules([]source{{name: "r.rego", text: src, custom: true}})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range rules[0].reads {
				got = append(got, readString(p))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("reads = %q, want %q", got, tt.want)
			}
		})
	}
}

// readString renders a read path with its iteration parts as "*".
func readString(p resource.Path) string {
	out := make(resource.Path, len(p))
	for i, s := range p {
		if _, any := s.(anySegment); any {
			s = "*"
		}
		out[i] = s
	}
	return out.String()
}
