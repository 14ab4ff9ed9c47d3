terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_firewall" "everything" {
  name          = "allow-all"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # plumb-test:expect

  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "tcp" {
  name          = "allow-all-tcp"
  network       = "default"
  source_ranges = ["::/0"] # plumb-test:expect

  allow {
    protocol = "tcp"
  }
}
