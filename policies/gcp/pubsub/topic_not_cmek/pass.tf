terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_kms_key_ring" "pubsub" {
  name     = "pubsub"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "orders" {
  name            = "orders"
  key_ring        = google_kms_key_ring.pubsub.id
  rotation_period = "7776000s"
}

resource "google_pubsub_topic" "orders" {
  name         = "orders"
  kms_key_name = google_kms_crypto_key.orders.id
}
