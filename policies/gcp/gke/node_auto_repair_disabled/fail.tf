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

  management {
    auto_repair = false # plumb-test:expect
  }
}

resource "google_container_cluster" "legacy" {
  name     = "legacy"
  location = "europe-west1"

  node_pool {
    name       = "default"
    node_count = 3

    management {
      auto_repair = false # plumb-test:expect
    }
  }
}
