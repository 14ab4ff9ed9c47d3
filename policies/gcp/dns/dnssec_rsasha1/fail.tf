terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_dns_managed_zone" "site" {
  name     = "example-site"
  dns_name = "example.com."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha1" # plumb-test:expect
      key_length = 2048
      key_type   = "keySigning"
    }

    default_key_specs {
      algorithm  = "rsasha1" # plumb-test:expect
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
