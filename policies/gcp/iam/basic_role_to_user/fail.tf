terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_member" "dev_owner" {
  project = "example-prod"
  role    = "roles/owner"
  member  = "user:alice@example.com" # plumb-test:expect
}

resource "google_project_iam_binding" "editors" {
  project = "example-prod"
  role    = "roles/editor"
  members = [
    "serviceAccount:deployer@example-prod.iam.gserviceaccount.com",
    "group:developers@example.com", # plumb-test:expect
  ]
}
