terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_dns_managed_zone" "site" {
  name     = "example-site"
  dns_name = "example.com."

  dnssec_config {
    state = "on"
  }
}

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "internal.example.com."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = google_compute_network.main.id
    }
  }
}
