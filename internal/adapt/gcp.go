package adapt

import (
	"encoding/json"
	"strings"

	"github.com/plumbsec/plumb/internal/resource"
)

// The google provider grants IAM roles on a resource through three separate resource types
// per target (google_storage_bucket_iam_member, _iam_binding, _iam_policy). Every one of
// them gets the canonical attribute iam_bindings, a list of {role, members, condition}
// objects, and those whose target is in the scan merge it into the target, so one rule reads
// one list whichever form granted the role and whether or not the target was resolved.

// gcpIAMTarget names the resource an IAM family configures: the child's attribute naming it,
// the parent type, and the parent's name attribute a literal may match ("" for references
// only, when the child names the parent by a computed id).
type gcpIAMTarget struct{ attr, parentType, nameAttr string }

var gcpIAMTargets = map[string]gcpIAMTarget{
	"google_storage_bucket":               {"bucket", "google_storage_bucket", "name"},
	"google_pubsub_topic":                 {"topic", "google_pubsub_topic", "name"},
	"google_kms_crypto_key":               {"crypto_key_id", "google_kms_crypto_key", ""},
	"google_kms_key_ring":                 {"key_ring_id", "google_kms_key_ring", ""},
	"google_bigquery_dataset":             {"dataset_id", "google_bigquery_dataset", ""},
	"google_cloud_run_service":            {"service", "google_cloud_run_service", "name"},
	"google_cloud_run_v2_service":         {"name", "google_cloud_run_v2_service", "name"},
	"google_cloudfunctions_function":      {"cloud_function", "google_cloudfunctions_function", "name"},
	"google_cloudfunctions2_function":     {"cloud_function", "google_cloudfunctions2_function", "name"},
	"google_artifact_registry_repository": {"repository", "google_artifact_registry_repository", ""},
	"google_project":                      {}, // project, folder and organization IAM stay standalone
	"google_folder":                       {},
	"google_organization":                 {},
	"google_service_account":              {"service_account_id", "google_service_account", ""},
	"google_secret_manager_secret":        {"secret_id", "google_secret_manager_secret", ""},
	"google_pubsub_subscription":          {"subscription", "google_pubsub_subscription", "name"},
}

func init() {
	for target, t := range gcpIAMTargets {
		for _, form := range []string{"member", "binding", "policy"} {
			child := target + "_iam_" + form
			registerNormaliser(child, gcpIAMBindings)
			if t.parentType != "" {
				registerMerger(child, t.attr, t.parentType, t.nameAttr, mergeGCPIAM)
			}
		}
	}
}

// gcpIAMBindings gives an IAM member, binding or policy resource its iam_bindings: one
// binding for a member or binding resource, the policy's bindings for a policy resource.
// A policy whose data is unknown contributes one unknown binding, so a rule over the list is
// undecidable rather than passing.
func gcpIAMBindings(r *resource.Resource) {
	if _, ok := r.Attributes["policy_data"]; ok {
		gcpPolicyBindings(r)
		return
	}
	b := map[string]any{}
	if role, ok := r.Attributes["role"]; ok {
		b["role"] = role
	}
	if cond, ok := r.Attributes["condition"]; ok {
		b["condition"] = cond
	}
	switch {
	case has(r, "member"):
		b["members"] = []any{r.Attributes["member"]}
	case has(r, "members"):
		b["members"] = r.Attributes["members"]
	}
	set(r, p{"iam_bindings"}, []any{b})
	r.SetLocation(p{"iam_bindings"}, r.LocationOf(p{}))
	r.SetLocation(p{"iam_bindings", 0}, r.LocationOf(p{}))
	for _, k := range []string{"role", "condition", "members"} {
		if has(r, k) {
			carry(r, p{"iam_bindings", 0, k}, r, p{k})
		}
	}
	if has(r, "member") {
		carry(r, p{"iam_bindings", 0, "members"}, r, p{"member"})
		carry(r, p{"iam_bindings", 0, "members", 0}, r, p{"member"})
	}
}

func has(r *resource.Resource, k string) bool {
	_, ok := r.Attributes[k]
	return ok
}

// gcpPolicyBindings reads policy_data: the object a computed google_iam_policy gives, or a
// JSON string (a literal or jsonencode). Bindings keep the lines that wrote them when the
// data source was computed; a string's bindings all point at policy_data.
func gcpPolicyBindings(r *resource.Resource) {
	data := r.Attributes["policy_data"]
	base := p{"policy_data"}
	if s, ok := data.(string); ok {
		var doc map[string]any
		dec := json.NewDecoder(strings.NewReader(s))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			data = resource.Unknown{} // not a policy Plumb can read: undecidable, never "no bindings"
		} else {
			data = normaliseJSON(doc)
		}
	}
	r.SetLocation(p{"iam_bindings"}, r.LocationOf(base))
	if resource.IsUnknown(data) {
		set(r, p{"iam_bindings"}, []any{resource.Unknown{}})
		r.SetLocation(p{"iam_bindings", 0}, r.LocationOf(base))
		return
	}
	doc, _ := data.(map[string]any)
	raw := doc["bindings"]
	if resource.IsUnknown(raw) {
		set(r, p{"iam_bindings"}, []any{resource.Unknown{}})
		carry(r, p{"iam_bindings", 0}, r, base.Append("bindings"))
		return
	}
	list, _ := raw.([]any)
	out := make([]any, 0, len(list))
	for _, e := range list {
		out = append(out, deepCopy(e))
	}
	set(r, p{"iam_bindings"}, out)
	carry(r, p{"iam_bindings"}, r, base.Append("bindings"))
}

// mergeGCPIAM appends a child's iam_bindings to its parent's.
func mergeGCPIAM(parent, child *resource.Resource) {
	list, _ := parent.Attributes["iam_bindings"].([]any)
	own, _ := child.Attributes["iam_bindings"].([]any)
	if _, ok := parent.Attributes["iam_bindings"]; !ok {
		parent.SetLocation(p{"iam_bindings"}, child.LocationOf(p{"iam_bindings"}))
	}
	for j, b := range own {
		i := len(list)
		list = append(list, b)
		for _, u := range resource.FindUnknowns(b, p{"iam_bindings", i}) {
			parent.Unknowns = append(parent.Unknowns, u)
		}
		carry(parent, p{"iam_bindings", i}, child, p{"iam_bindings", j})
	}
	parent.Attributes["iam_bindings"] = list
}
