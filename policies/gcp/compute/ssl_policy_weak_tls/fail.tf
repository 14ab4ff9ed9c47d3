terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_ssl_policy" "web" { # plumb-test:expect
  name    = "web"
  profile = "MODERN"
}

resource "google_compute_ssl_policy" "legacy" {
  name            = "legacy-clients"
  profile         = "COMPATIBLE"
  min_tls_version = "TLS_1_1" # plumb-test:expect
}
