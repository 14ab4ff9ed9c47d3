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

  confidential_instance_config {
    enable_confidential_compute = true
  }

  scheduling {
    on_host_maintenance = "TERMINATE"
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

resource "google_compute_instance" "db" {
  name         = "db-1"
  machine_type = "n2d-standard-2"
  zone         = "europe-west1-b"

  confidential_instance_config {
    confidential_instance_type = "SEV_SNP"
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
