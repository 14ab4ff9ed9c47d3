terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_artifact_registry_repository" "apps" {
  location      = "europe"
  repository_id = "apps"
  format        = "DOCKER"
}

resource "google_artifact_registry_repository_iam_member" "gke_nodes" {
  location   = google_artifact_registry_repository.apps.location
  repository = google_artifact_registry_repository.apps.name
  role       = "roles/artifactregistry.reader"
  member     = "serviceAccount:gke-nodes@example-prod.iam.gserviceaccount.com"
}
