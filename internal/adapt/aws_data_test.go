package adapt_test

import (
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

// TestAWSDataServicesMerged checks that the separate OpenSearch domain policy, Redshift
// logging and secret rotation resources land on the resource they configure, replacing an
// inline value, pointing at the separate block's lines, and that one whose parent is not in
// the scan stays a resource of its own.
func TestAWSDataServicesMerged(t *testing.T) {
	res, err := terraform.Load(filepath.Join("testdata", "aws_data"), terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rs := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		rs[r.Key] = r
	}
	for _, key := range []string{"aws_opensearch_domain_policy.search", "aws_redshift_logging.warehouse",
		"aws_secretsmanager_secret_rotation.db", "aws_secretsmanager_secret_rotation.api_by_name"} {
		if rs[key] != nil {
			t.Errorf("%s was not merged", key)
		}
	}
	if rs["aws_opensearch_domain_policy.elsewhere"] == nil {
		t.Error("a domain policy whose domain is not in the scan was lost")
	}
	tests := []struct {
		key, path string
		want      any
		line      int
	}{
		// The separate policy replaces the inline one (the provider applies it last).
		{"aws_opensearch_domain.search", "access_policies", nil, 12},
		{"aws_redshift_cluster.warehouse", "logging.0.enable", true, 28},
		{"aws_redshift_cluster.warehouse", "logging.0.log_destination_type", "cloudwatch", 30},
		{"aws_secretsmanager_secret.db", "rotation.0.rotation_rules.0.automatically_after_days", int64(30), 43},
		{"aws_secretsmanager_secret.api", "rotation.0.rotation_rules.0.schedule_expression", "rate(10 days)", 56},
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
	if _, ok := rs["aws_redshift_cluster.warehouse"].Attributes["logging"].([]any)[0].(map[string]any)["cluster_identifier"]; ok {
		t.Error("the link argument cluster_identifier was copied into the logging block")
	}
	pol := rs["aws_opensearch_domain.search"].Attributes["access_policies"]
	want := `{"Statement":[{"Action":"es:ESHttpGet","Effect":"Allow","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}`
	if s, ok := pol.(string); !ok || s != want {
		t.Errorf("access_policies = %#v, want the separate policy's document", pol)
	}
}
