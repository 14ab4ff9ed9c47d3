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
  member  = "group:auditors@example.com"
}

resource "google_folder_iam_binding" "browsers" {
  folder  = "folders/123456789012"
  role    = "roles/browser"
  members = ["domain:example.com"]
}
