terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_instance" "nat" {
  name           = "nat-1"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = true # plumb-test:expect

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}
