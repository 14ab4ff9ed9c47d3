terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_service_account" "runner" {
  account_id = "job-runner"
}

resource "google_service_account_iam_member" "scheduler" {
  service_account_id = google_service_account.runner.name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = "serviceAccount:service-123456789012@gcp-sa-cloudscheduler.iam.gserviceaccount.com"
}
