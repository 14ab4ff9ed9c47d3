terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_member" "deployer" {
  project = "example-prod"
  role    = "roles/iam.serviceAccountUser" # plumb-test:expect
  member  = "group:deployers@example.com"
}

resource "google_folder_iam_binding" "tokens" {
  folder  = "folders/123456789012"
  role    = "roles/iam.serviceAccountTokenCreator" # plumb-test:expect
  members = ["serviceAccount:orchestrator@example-ops.iam.gserviceaccount.com"]
}
