terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_audit_config" "all" {
  project = "example-prod"
  service = "allServices"

  audit_log_config {
    log_type = "ADMIN_READ"
  }

  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = ["user:ceo@example.com"] # plumb-test:expect
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}
