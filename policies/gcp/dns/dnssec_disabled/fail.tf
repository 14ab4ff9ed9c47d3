terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_dns_managed_zone" "site" { # plumb-test:expect
  name     = "example-site"
  dns_name = "example.com."
}

resource "google_dns_managed_zone" "shop" {
  name       = "example-shop"
  dns_name   = "shop.example.com."
  visibility = "public"

  dnssec_config {
    state = "off" # plumb-test:expect
  }
}
