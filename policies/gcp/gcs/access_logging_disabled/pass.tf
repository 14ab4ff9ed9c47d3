terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "uploads" {
  name                        = "example-customer-uploads"
  location                    = "EU"
  uniform_bucket_level_access = true

  logging {
    log_bucket        = "example-access-logs"
    log_object_prefix = "uploads/"
  }
}
