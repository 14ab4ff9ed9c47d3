terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_instance" "legacy" {
  name         = "legacy-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-oslogin = "FALSE" # plumb-test:expect
    ssh-keys       = "deploy:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExample deploy"
  }
}
