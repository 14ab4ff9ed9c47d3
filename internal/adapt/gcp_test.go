package adapt_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/plumbsec/plumb/internal/adapt"
	"github.com/plumbsec/plumb/internal/iac/terraform"
	"github.com/plumbsec/plumb/internal/resource"
)

func loadTF(t *testing.T, src string) map[string]*resource.Resource {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := terraform.Load(dir, terraform.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*resource.Resource{}
	for _, r := range adapt.Canonical(res.Resources) {
		out[r.Key] = r
	}
	return out
}

// The three IAM forms on a bucket (member, binding, policy from google_iam_policy) end as one
// iam_bindings list on the bucket, each member at the line that granted it.
const gcsIAM = `
resource "google_storage_bucket" "site" {
  name     = "example-site"
  location = "EU"
}

resource "google_storage_bucket_iam_member" "viewer" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket_iam_binding" "admins" {
  bucket  = "example-site"
  role    = "roles/storage.admin"
  members = ["group:ops@example.com", var.extra]
}

data "google_iam_policy" "p" {
  binding {
    role    = "roles/storage.legacyBucketReader"
    members = ["allAuthenticatedUsers"]
  }
}

resource "google_storage_bucket_iam_policy" "p" {
  bucket      = google_storage_bucket.site.name
  policy_data = data.google_iam_policy.p.policy_data
}

resource "google_storage_bucket_iam_member" "elsewhere" {
  bucket = var.bucket
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

variable "extra" {}
variable "bucket" {}
`

func TestGCPBucketIAMMerged(t *testing.T) {
	rs := loadTF(t, gcsIAM)
	b := rs["google_storage_bucket.site"]
	if b == nil {
		t.Fatalf("bucket missing; have %v", keys(rs))
	}
	for _, k := range []string{"google_storage_bucket_iam_member.viewer", "google_storage_bucket_iam_binding.admins", "google_storage_bucket_iam_policy.p"} {
		if rs[k] != nil {
			t.Errorf("%s was not merged into the bucket", k)
		}
	}
	got := map[string]int{} // role → line of its first member
	list, _ := b.Attributes["iam_bindings"].([]any)
	if len(list) != 3 {
		t.Fatalf("iam_bindings = %v, want 3 bindings", list)
	}
	for i, e := range list {
		role, _ := e.(map[string]any)["role"].(string)
		got[role] = b.LocationOf(resource.Path{"iam_bindings", i, "members", 0}).StartLine
	}
	want := map[string]int{"roles/storage.objectViewer": 10, "roles/storage.admin": 16, "roles/storage.legacyBucketReader": 22}
	for role, line := range want {
		if got[role] != line {
			t.Errorf("%s: first member at line %d, want %d (all: %v)", role, got[role], line, got)
		}
	}
	// The unknown member of the binding is recorded, the known one beside it is not.
	var unknowns []string
	for _, u := range b.Unknowns {
		unknowns = append(unknowns, u.String())
	}
	found := false
	for _, u := range unknowns {
		if u == "iam_bindings.1.members.1" || u == "iam_bindings.0.members.1" || u == "iam_bindings.2.members.1" {
			found = true
		}
	}
	if !found {
		t.Errorf("unknown member not recorded; unknowns = %v", unknowns)
	}
	// A member whose bucket is unknown stays standalone, with the same canonical list.
	s := rs["google_storage_bucket_iam_member.elsewhere"]
	if s == nil {
		t.Fatal("unresolved member must stay a resource of its own")
	}
	m, _ := resource.Get(s.Attributes, resource.Path{"iam_bindings", 0, "members", 0})
	if m != "allUsers" {
		t.Errorf("standalone iam_bindings.0.members.0 = %v, want allUsers", m)
	}
}

// A policy whose data Plumb cannot know contributes an unknown binding: the list is not
// empty (which would read as "nothing granted") but undecidable.
func TestGCPUnknownPolicyData(t *testing.T) {
	rs := loadTF(t, `
resource "google_pubsub_topic" "t" { name = "events" }

resource "google_pubsub_topic_iam_policy" "p" {
  topic       = google_pubsub_topic.t.name
  policy_data = var.policy
}

resource "google_project_iam_policy" "lit" {
  project     = "example"
  policy_data = jsonencode({ bindings = [{ role = "roles/owner", members = ["allUsers"] }] })
}

variable "policy" {}
`)
	topic := rs["google_pubsub_topic.t"]
	list, _ := topic.Attributes["iam_bindings"].([]any)
	if len(list) != 1 || !resource.IsUnknown(list[0]) {
		t.Fatalf("iam_bindings = %v, want one unknown binding", list)
	}
	if len(topic.Unknowns) == 0 || topic.Unknowns[0].String() != "iam_bindings.0" {
		t.Errorf("unknowns = %v, want [iam_bindings.0]", topic.Unknowns)
	}
	proj := rs["google_project_iam_policy.lit"]
	m, _ := resource.Get(proj.Attributes, resource.Path{"iam_bindings", 0, "members", 0})
	if m != "allUsers" {
		t.Errorf("a JSON policy_data gives iam_bindings.0.members.0 = %v, want allUsers", m)
	}
	if loc := proj.LocationOf(resource.Path{"iam_bindings", 0, "members", 0}); loc.StartLine != 11 {
		t.Errorf("JSON policy member at %s, want main.tf:11", loc)
	}
}

// Each IAM family finds its target by the reference its target argument holds.
func TestGCPIAMFamiliesMerged(t *testing.T) {
	rs := loadTF(t, `
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
}
resource "google_cloud_run_v2_service_iam_member" "m" {
  name   = google_cloud_run_v2_service.api.name
  role   = "roles/run.invoker"
  member = "allUsers"
}

resource "google_kms_crypto_key" "k" {
  name     = "k"
  key_ring = "projects/p/locations/l/keyRings/r"
}
resource "google_kms_crypto_key_iam_binding" "b" {
  crypto_key_id = google_kms_crypto_key.k.id
  role          = "roles/cloudkms.viewer"
  members       = ["group:a@example.com"]
}

resource "google_bigquery_dataset" "d" {
  dataset_id = "d"
}
resource "google_bigquery_dataset_iam_member" "m" {
  dataset_id = google_bigquery_dataset.d.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "group:a@example.com"
}

resource "google_secret_manager_secret" "s" {
  secret_id = "s"
}
resource "google_secret_manager_secret_iam_member" "m" {
  secret_id = google_secret_manager_secret.s.secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = "group:a@example.com"
}

resource "google_cloudfunctions2_function" "f" {
  name     = "f"
  location = "europe-west1"
}
resource "google_cloudfunctions2_function_iam_member" "m" {
  cloud_function = "f"
  role           = "roles/cloudfunctions.invoker"
  member         = "group:a@example.com"
}
`)
	for parent, child := range map[string]string{
		"google_cloud_run_v2_service.api":   "google_cloud_run_v2_service_iam_member.m",
		"google_kms_crypto_key.k":           "google_kms_crypto_key_iam_binding.b",
		"google_bigquery_dataset.d":         "google_bigquery_dataset_iam_member.m",
		"google_secret_manager_secret.s":    "google_secret_manager_secret_iam_member.m",
		"google_cloudfunctions2_function.f": "google_cloudfunctions2_function_iam_member.m",
	} {
		if rs[child] != nil {
			t.Errorf("%s was not merged into %s", child, parent)
			continue
		}
		p := rs[parent]
		if p == nil {
			t.Fatalf("%s missing", parent)
		}
		list, _ := p.Attributes["iam_bindings"].([]any)
		if len(list) != 1 {
			t.Errorf("%s iam_bindings = %v, want one binding", parent, list)
		}
	}
}
