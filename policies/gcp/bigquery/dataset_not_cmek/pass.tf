terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

variable "bq_key" {
  type = string
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = var.bq_key
  }
}
