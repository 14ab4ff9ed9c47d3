terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_ssl_policy" "web" {
  name            = "web"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_region_ssl_policy" "internal" {
  name            = "internal"
  region          = "europe-west1"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_2"
}
