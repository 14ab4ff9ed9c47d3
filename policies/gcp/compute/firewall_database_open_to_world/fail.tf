terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_firewall" "postgres" {
  name          = "allow-postgres"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # plumb-test:expect

  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
}

resource "google_compute_firewall" "cache" {
  name          = "allow-cache"
  network       = "default"
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"] # plumb-test:expect

  allow {
    protocol = "tcp"
    ports    = ["6000-6500"]
  }
}
