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
  metadata = { # plumb-test:expect
    block-project-ssh-keys = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "oslogin" {
  project = "example-dev"
  key     = "enable-oslogin"
  value   = "FALSE" # plumb-test:expect
}
