terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_project_iam_member" "ci_editor" {
  project = "example-prod"
  role    = "roles/editor"
  member  = "serviceAccount:ci-deployer@example-prod.iam.gserviceaccount.com" # plumb-test:expect
}

resource "google_project_iam_binding" "storage_admins" {
  project = "example-prod"
  role    = "roles/storage.admin"
  members = ["serviceAccount:backup@example-prod.iam.gserviceaccount.com"] # plumb-test:expect
}

resource "google_organization_iam_member" "sa_admin" {
  org_id = "123456789012"
  role   = "roles/iam.serviceAccountAdmin"
  member = "serviceAccount:automation@example-admin.iam.gserviceaccount.com" # plumb-test:expect
}
