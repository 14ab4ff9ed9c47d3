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

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = google_kms_key_ring.app.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_member" "anyone" {
  crypto_key_id = google_kms_crypto_key.data.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "allUsers" # plumb-test:expect
}

resource "google_kms_key_ring_iam_binding" "viewers" {
  key_ring_id = google_kms_key_ring.app.id
  role        = "roles/cloudkms.viewer"
  members     = ["allAuthenticatedUsers"] # plumb-test:expect
}
