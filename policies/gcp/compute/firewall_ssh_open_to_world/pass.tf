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

# SSH only through Identity-Aware Proxy.
resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh-from-iap"
  network       = google_compute_network.main.name
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# HTTPS from anywhere.
resource "google_compute_firewall" "web" {
  name          = "allow-https"
  network       = google_compute_network.main.name
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

# Open to the world, but switched off.
resource "google_compute_firewall" "break_glass" {
  name          = "break-glass-ssh"
  network       = google_compute_network.main.name
  disabled      = true
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# An egress rule: source_ranges do not apply.
resource "google_compute_firewall" "egress" {
  name               = "allow-ssh-out"
  network            = google_compute_network.main.name
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
