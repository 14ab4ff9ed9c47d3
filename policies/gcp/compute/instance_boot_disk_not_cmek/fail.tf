terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "n2d-standard-2"
  zone         = "europe-west1-b"

  boot_disk { # plumb-test:expect
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
