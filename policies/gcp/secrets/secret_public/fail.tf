terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_secret_manager_secret" "db_password" {
  secret_id = "db-password"

  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_iam_binding" "readers" {
  secret_id = google_secret_manager_secret.db_password.secret_id
  role      = "roles/secretmanager.secretAccessor"
  members = [
    "serviceAccount:api@example-prod.iam.gserviceaccount.com",
    "allAuthenticatedUsers", # plumb-test:expect
  ]
}
