terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_audit_config" "all" { # plumb-test:expect
  project = "example-prod"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }
}
