terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    containers {
      image = "europe-docker.pkg.dev/example-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "europe-west1"

  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal"
    }
  }

  template {
    spec {
      containers {
        image = "europe-docker.pkg.dev/example-prod/apps/legacy:2.0.0"
      }
    }
  }
}
