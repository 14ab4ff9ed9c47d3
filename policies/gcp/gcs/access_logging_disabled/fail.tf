terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "uploads" { # plumb-test:expect
  name                        = "example-customer-uploads"
  location                    = "EU"
  uniform_bucket_level_access = true
}
