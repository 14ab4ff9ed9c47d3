terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_member" "ci_deployer" {
  project = "example-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:ci-deployer@example-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "owner" {
  project = "example-prod"
  role    = "roles/storage.admin"
  member  = "group:storage-admins@example.com"
}

resource "google_service_account" "ci" {
  account_id = "ci-runner"
}

# The member's email is computed at apply time: not judged.
resource "google_project_iam_member" "ci_runner" {
  project = "example-prod"
  role    = "roles/editor"
  member  = "serviceAccount:${google_service_account.ci.email}"
}
