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

  node_config {
    machine_type = "e2-standard-4"
    image_type   = "COS_CONTAINERD"
  }
}

resource "google_container_node_pool" "batch" {
  name       = "batch"
  cluster    = google_container_cluster.main.id
  node_count = 1

  node_config {
    machine_type = "e2-standard-8"
  }
}
