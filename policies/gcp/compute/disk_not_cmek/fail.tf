terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_compute_disk" "data" { # plumb-test:expect
  name = "data"
  type = "pd-ssd"
  zone = "europe-west1-b"
  size = 200
}

resource "google_compute_region_disk" "shared" {
  name          = "shared"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  size          = 200

  disk_encryption_key { # plumb-test:expect
    kms_key_service_account = "disk-encrypter@example-project.iam.gserviceaccount.com"
  }
}
