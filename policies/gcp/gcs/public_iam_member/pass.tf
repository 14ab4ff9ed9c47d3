terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_storage_bucket" "site" {
  name                        = "example-static-site"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "site_cdn" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:cdn-origin@example-project.iam.gserviceaccount.com"
}

resource "google_storage_bucket_iam_binding" "site_admins" {
  bucket  = google_storage_bucket.site.name
  role    = "roles/storage.admin"
  members = ["group:web-admins@example.com"]
}

variable "archive_policy" {
  type = string
}

# The policy comes from outside: undecidable, so not reported.
resource "google_storage_bucket_iam_policy" "archive" {
  bucket      = google_storage_bucket.site.name
  policy_data = var.archive_policy
}
