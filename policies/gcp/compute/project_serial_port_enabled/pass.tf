terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_project_metadata" "main" {
  project = "example-prod"
  metadata = {
    enable-oslogin = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "serial" {
  project = "example-dev"
  key     = "serial-port-enable"
  value   = "FALSE"
}
