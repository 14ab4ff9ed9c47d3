package adapt_test

import (
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// TestAWSNetServicesMerged checks that a WAFv2 web ACL's separate logging configuration and
// rule group associations land on the web ACL, pointing at the separate blocks' lines, and
// that a logging configuration whose web ACL is not in the scan stays a resource of its own.
func TestAWSNetServicesMerged(t *testing.T) {
	res, err := terraform.Load(filepath.Join("testdata", "aws_net"), terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		rs[r.Key] = r
	}
	for _, key := range []string{"aws_wafv2_web_acl_logging_configuration.edge", "aws_wafv2_web_acl_rule_group_association.bots"} {
		if rs[key] != nil {
			t.Errorf("%s was not merged", key)
		}
	}
	if rs["aws_wafv2_web_acl_logging_configuration.elsewhere"] == nil {
		t.Error("a logging configuration whose web ACL is not in the scan was lost")
	}
	acl := rs["aws_wafv2_web_acl.edge"]
	if acl == nil {
		t.Fatal("aws_wafv2_web_acl.edge missing")
	}
	tests := []struct {
		path string
		want any
		line int
	}{
		{"logging_configuration.0.log_destination_configs", nil, 22},
		{"rule_group_association.0.rule_name", "bots", 38},
		{"rule_group_association.0.priority", int64(10), 39},
	}
	for _, tt := range tests {
		path := resource.ParsePath(tt.path)
		got, ok := resource.Get(acl.Attributes, path)
		if !ok {
			t.Errorf("%s absent", tt.path)
			continue
		}
		if tt.want != nil && got != tt.want {
			t.Errorf("%s = %#v, want %#v", tt.path, got, tt.want)
		}
		if loc := acl.LocationOf(path); loc.StartLine != tt.line {
			t.Errorf("%s located at %s, want line %d", tt.path, loc, tt.line)
		}
	}
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
