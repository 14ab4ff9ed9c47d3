terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

variable "disk_key" {
  type = string
}

resource "google_compute_disk" "data" {
  name = "data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200

  disk_encryption_key {
    kms_key_self_link = var.disk_key
  }
}
