terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_firewall" "postgres" {
  name          = "allow-postgres-internal"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]

  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
}

variable "ports" {
  type = list(string)
}

# Ports from a variable without a value: not judged.
resource "google_compute_firewall" "dynamic" {
  name          = "allow-dynamic"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = var.ports
  }
}
