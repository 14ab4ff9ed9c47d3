terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_instance" "web" {
  name         = "web-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network    = "default"
    network_ip = "10.132.0.10"
  }
}

variable "public" {
  type = bool
}

# The address depends on a variable without a value: not judged.
resource "google_compute_instance" "maybe" {
  name         = "maybe-1"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
    dynamic "access_config" {
      for_each = var.public ? [1] : []
      content {}
    }
  }
}
