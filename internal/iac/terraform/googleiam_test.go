package terraform

import (
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

// google_iam_policy follows from its configuration: it is computed, each binding keeps its
// line, and an unknown member leaves the rest of the policy known.
func TestGoogleIAMPolicyIsComputed(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.tf": `
variable "extra" {}

data "google_iam_policy" "p" {
  binding {
    role    = "roles/viewer"
    members = ["allUsers", var.extra]
  }
  binding {
    role    = "roles/editor"
    members = ["group:ops@example.com"]
  }
  audit_config {
    service = "allServices"
    audit_log_config {
      log_type = "DATA_READ"
    }
  }
}

resource "google_project_iam_policy" "p" {
  project     = "example"
  policy_data = data.google_iam_policy.p.policy_data
}
`})
	rs, _ := load(t, dir, Options{})
	r := rs["google_project_iam_policy.p"]
	for path, want := range map[string]any{
		"policy_data.bindings.0.role":                             "roles/viewer",
		"policy_data.bindings.0.members.0":                        "allUsers",
		"policy_data.bindings.1.members.0":                        "group:ops@example.com",
		"policy_data.auditConfigs.0.service":                      "allServices",
		"policy_data.auditConfigs.0.audit_log_configs.0.log_type": "DATA_READ",
	} {
		if got := attr(t, r, path); got != want {
			t.Errorf("%s = %v, want %v", path, got, want)
		}
	}
	if !resource.IsUnknown(attr(t, r, "policy_data.bindings.0.members.1")) {
		t.Errorf("a member from a variable without a value must stay unknown")
	}
	if loc := r.LocationOf(resource.ParsePath("policy_data.bindings.1.members.0")); loc.StartLine != 11 {
		t.Errorf("second binding's member at %s, want main.tf:11", loc)
	}
}
