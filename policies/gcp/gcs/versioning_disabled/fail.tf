terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "backups" { # plumb-test:expect
  name                        = "example-db-backups"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket" "contracts" {
  name                        = "example-signed-contracts"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    enabled = false # plumb-test:expect
  }
}
