terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_network" "main" {
  name                    = "main"
  auto_create_subnetworks = false
}
