terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_container_cluster" "main" { # plumb-test:expect
  name               = "main"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "edge" {
  name               = "edge"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes = false # plumb-test:expect
  }
}
