terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "reports" {
  name                        = "example-finance-reports"
  location                    = "EU"
  uniform_bucket_level_access = true
}

variable "uniform" {
  type = bool
}

# Decided by a variable without a value: not judged.
resource "google_storage_bucket" "media" {
  name                        = "example-media-library"
  location                    = "US"
  uniform_bucket_level_access = var.uniform
}
