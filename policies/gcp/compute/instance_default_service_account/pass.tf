terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_service_account" "app" {
  account_id   = "app-runtime"
  display_name = "App runtime"
}

resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "n2d-standard-2"
  zone         = "europe-west1-b"

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "nosa" {
  name         = "nosa-1"
  machine_type = "n2d-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
