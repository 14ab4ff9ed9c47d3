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
    log_type = "DATA_READ"
  }

  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# A single service's config is not the project-wide baseline.
resource "google_project_iam_audit_config" "storage" {
  project = "example-prod"
  service = "storage.googleapis.com"

  audit_log_config {
    log_type = "ADMIN_READ"
  }
}
