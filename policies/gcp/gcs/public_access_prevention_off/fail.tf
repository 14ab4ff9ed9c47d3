terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "scratch" { # plumb-test:expect
  name                        = "example-scratch-space"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "exports" {
  name                        = "example-report-exports"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited" # plumb-test:expect
}
