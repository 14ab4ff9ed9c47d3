terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp-from-office"
  network       = "default"
  source_ranges = ["198.51.100.0/24"]
  target_tags   = ["windows"]

  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# UDP 3389 only.
resource "google_compute_firewall" "rdp_udp" {
  name          = "allow-rdp-udp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "udp"
    ports    = ["3389"]
  }
}
