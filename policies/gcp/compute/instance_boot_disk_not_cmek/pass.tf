terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_kms_key_ring" "compute" {
  name     = "compute"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "disks" {
  name            = "disks"
  key_ring        = google_kms_key_ring.compute.id
  rotation_period = "7776000s"
}

resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "n2d-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    kms_key_self_link = google_kms_crypto_key.disks.id
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
