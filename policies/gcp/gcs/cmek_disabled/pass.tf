terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_kms_key_ring" "storage" {
  name     = "storage"
  location = "europe"
}

resource "google_kms_crypto_key" "records" {
  name            = "records"
  key_ring        = google_kms_key_ring.storage.id
  rotation_period = "7776000s"
}

resource "google_storage_bucket" "records" {
  name                        = "example-patient-records"
  location                    = "EU"
  uniform_bucket_level_access = true

  encryption {
    default_kms_key_name = google_kms_crypto_key.records.id
  }
}
