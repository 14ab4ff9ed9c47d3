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

  template {
    containers {
      image = "europe-docker.pkg.dev/example-prod/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service_iam_member" "frontend" {
  name     = google_cloud_run_v2_service.api.name
  location = google_cloud_run_v2_service.api.location
  role     = "roles/run.invoker"
  member   = "serviceAccount:frontend@example-prod.iam.gserviceaccount.com"
}
