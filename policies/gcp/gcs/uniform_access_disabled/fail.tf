terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "reports" { # plumb-test:expect
  name     = "example-finance-reports"
  location = "EU"
}

resource "google_storage_bucket" "media" {
  name                        = "example-media-library"
  location                    = "US"
  uniform_bucket_level_access = false # plumb-test:expect
}
