terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_container_cluster" "main" {
  name                     = "main"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "apps" {
  name       = "apps"
  cluster    = google_container_cluster.main.id
  node_count = 3

  node_config { # plumb-test:expect
    machine_type = "e2-standard-4"
  }
}

resource "google_container_node_pool" "batch" { # plumb-test:expect
  name       = "batch"
  cluster    = google_container_cluster.main.id
  node_count = 1
}

resource "google_container_node_pool" "jobs" {
  name       = "jobs"
  cluster    = google_container_cluster.main.id
  node_count = 1

  node_config {
    service_account = "123456789012-compute@developer.gserviceaccount.com" # plumb-test:expect
  }
}

resource "google_container_cluster" "legacy" { # plumb-test:expect
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 3
}
