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

resource "google_compute_project_metadata_item" "oslogin" {
  project = "example-dev"
  key     = "enable-oslogin"
  value   = "TRUE"
}

resource "google_compute_project_metadata_item" "other" {
  project = "example-dev"
  key     = "startup-script"
  value   = "echo hello"
}
