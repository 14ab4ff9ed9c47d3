terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_service_account" "runtime" {
  account_id = "app-runtime"
}

resource "google_service_account_iam_member" "deployer" {
  service_account_id = google_service_account.runtime.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:deployers@example.com"
}

resource "google_project_iam_member" "viewer" {
  project = "example-prod"
  role    = "roles/iam.serviceAccountViewer"
  member  = "group:deployers@example.com"
}
