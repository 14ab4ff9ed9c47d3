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

  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com" # plumb-test:expect
    scopes = ["logging-write", "monitoring-write"]
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

resource "google_compute_instance" "batch" {
  name         = "batch-1"
  machine_type = "n2d-standard-2"
  zone         = "europe-west1-b"

  service_account { # plumb-test:expect
    scopes = ["storage-ro"]
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
