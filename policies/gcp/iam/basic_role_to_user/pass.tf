terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_member" "dev" {
  project = "example-prod"
  role    = "roles/container.developer"
  member  = "user:alice@example.com"
}

resource "google_project_iam_binding" "viewers" {
  project = "example-prod"
  role    = "roles/viewer"
  members = ["group:developers@example.com"]
}
