terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_member" "viewer" {
  project = "example-prod"
  role    = "roles/viewer"
  member  = "allAuthenticatedUsers" # plumb-test:expect
}

resource "google_folder_iam_binding" "browsers" {
  folder  = "folders/123456789012"
  role    = "roles/browser"
  members = ["allUsers"] # plumb-test:expect
}

data "google_iam_policy" "org" {
  binding {
    role    = "roles/resourcemanager.organizationViewer"
    members = ["domain:example.com", "allUsers"] # plumb-test:expect
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}
