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

resource "google_cloud_run_v2_service_iam_member" "public" {
  name     = google_cloud_run_v2_service.api.name
  location = google_cloud_run_v2_service.api.location
  role     = "roles/run.invoker"
  member   = "allUsers" # plumb-test:expect
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "europe-west1"

  template {
    spec {
      containers {
        image = "europe-docker.pkg.dev/example-prod/apps/legacy:2.0.0"
      }
    }
  }
}

data "google_iam_policy" "legacy" {
  binding {
    role    = "roles/run.invoker"
    members = ["allAuthenticatedUsers"] # plumb-test:expect
  }
}

resource "google_cloud_run_service_iam_policy" "legacy" {
  service     = google_cloud_run_service.legacy.name
  location    = google_cloud_run_service.legacy.location
  policy_data = data.google_iam_policy.legacy.policy_data
}
