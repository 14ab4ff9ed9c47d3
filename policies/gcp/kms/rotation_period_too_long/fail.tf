terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_kms_key_ring" "app" {
  name     = "app"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "data" { # plumb-test:expect
  name     = "data"
  key_ring = google_kms_key_ring.app.id
}

resource "google_kms_crypto_key" "backups" {
  name            = "backups"
  key_ring        = google_kms_key_ring.app.id
  purpose         = "ENCRYPT_DECRYPT"
  rotation_period = "31536000s" # plumb-test:expect
}
