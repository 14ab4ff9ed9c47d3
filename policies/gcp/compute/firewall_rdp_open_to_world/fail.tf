terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # plumb-test:expect
  target_tags   = ["windows"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}
