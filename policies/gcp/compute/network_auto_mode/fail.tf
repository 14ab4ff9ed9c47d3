terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_network" "apps" { # plumb-test:expect
  name = "apps"
}

resource "google_compute_network" "legacy" {
  name                    = "legacy"
  auto_create_subnetworks = true # plumb-test:expect
}
