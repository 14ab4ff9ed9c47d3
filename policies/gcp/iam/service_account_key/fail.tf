terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}

resource "google_service_account_key" "ci" { # plumb-test:expect
  service_account_id = google_service_account.ci.name
}
