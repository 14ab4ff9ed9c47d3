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

resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = google_compute_network.main.name
  source_ranges = ["0.0.0.0/0"] # plumb-test:expect

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# A port range that covers 22, open over IPv6, with the direction written out.
resource "google_compute_firewall" "ops" {
  name      = "allow-ops"
  network   = google_compute_network.main.name
  direction = "INGRESS"
  source_ranges = [
    "203.0.113.0/24",
    "::/0", # plumb-test:expect
  ]

  allow {
    protocol = "tcp"
    ports    = ["80", "20-23"]
  }
}
