terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_bigquery_dataset" "sales" { # plumb-test:expect
  dataset_id = "sales"
  location   = "EU"
}
