package adapt_test

import (
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// TestAWSNetServicesMerged checks that a WAFv2 web ACL's separate logging configuration and
// rule group associations, an ECR repository's lifecycle policy, a Route 53 zone's query
// logging and DNSSEC, and a REST API's separate resource policy land on the resource they configure, pointing at the separate blocks'
// lines, and that a logging configuration whose web ACL is not in the scan stays a resource
// of its own.
func TestAWSNetServicesMerged(t *testing.T) {
	res, err := terraform.Load(filepath.Join("testdata", "aws_net"), terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		rs[r.Key] = r
	}
	for _, key := range []string{"aws_wafv2_web_acl_logging_configuration.edge", "aws_wafv2_web_acl_rule_group_association.bots",
		"aws_ecr_lifecycle_policy.api", "aws_route53_query_log.public", "aws_route53_hosted_zone_dnssec.public",
		"aws_api_gateway_rest_api_policy.internal"} {
		if rs[key] != nil {
			t.Errorf("%s was not merged", key)
		}
	}
	if rs["aws_wafv2_web_acl_logging_configuration.elsewhere"] == nil {
		t.Error("a logging configuration whose web ACL is not in the scan was lost")
	}
	tests := []struct {
		key, path string
		want      any
		line      int
	}{
		{"aws_wafv2_web_acl.edge", "logging_configuration.0.log_destination_configs", nil, 22},
		{"aws_wafv2_web_acl.edge", "rule_group_association.0.rule_name", "bots", 38},
		{"aws_wafv2_web_acl.edge", "rule_group_association.0.priority", int64(10), 39},
		// Found by its literal name; the policy document is parsed like any policy.
		{"aws_ecr_repository.api", "lifecycle_policy.rules.0.rulePriority", int64(1), 59},
		{"aws_route53_zone.public", "query_log.0.cloudwatch_log_group_arn", nil, 75},
		// A DNSSEC resource with nothing but its link is an empty block at its declaration.
		{"aws_route53_zone.public", "dnssec.0", nil, 78},
		// The separate policy replaces the inline one (the provider applies it last).
		{"aws_api_gateway_rest_api.internal", "policy.Statement.0.Principal", "*", 93},
	}
	for _, tt := range tests {
		r := rs[tt.key]
		if r == nil {
			t.Fatalf("%s missing", tt.key)
		}
		path := resource.ParsePath(tt.path)
		got, ok := resource.Get(r.Attributes, path)
		if !ok {
			t.Errorf("%s: %s absent", tt.key, tt.path)
			continue
		}
		if tt.want != nil && got != tt.want {
			t.Errorf("%s: %s = %#v, want %#v", tt.key, tt.path, got, tt.want)
		}
		if loc := r.LocationOf(path); loc.StartLine != tt.line {
			t.Errorf("%s: %s located at %s, want line %d", tt.key, tt.path, loc, tt.line)
		}
	}
	acl := rs["aws_wafv2_web_acl.edge"]
	for _, link := range []string{"logging_configuration.0.resource_arn", "rule_group_association.0.web_acl_arn"} {
		if _, ok := resource.Get(acl.Attributes, resource.ParsePath(link)); ok {
			t.Errorf("the link argument %s was copied into the web ACL", link)
		}
	}
	for _, ref := range acl.References {
		if ref.Target == acl.Key {
			t.Errorf("self reference left after merge: %v", ref)
		}
	}
}
