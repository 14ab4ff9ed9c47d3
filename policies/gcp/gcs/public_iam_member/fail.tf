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

resource "google_storage_bucket_iam_member" "site_public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # plumb-test:expect
}

resource "google_storage_bucket" "exports" {
  name     = "example-partner-exports"
  location = "EU"
}

resource "google_storage_bucket_iam_binding" "exports_readers" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  members = [
    "group:partners@example.com",
    "allAuthenticatedUsers", # plumb-test:expect
  ]
}

resource "google_storage_bucket" "archive" {
  name     = "example-archive"
  location = "EU"
}

data "google_iam_policy" "archive" {
  binding {
    role    = "roles/storage.objectAdmin"
    members = ["serviceAccount:archiver@example-project.iam.gserviceaccount.com"]
  }
  binding {
    role    = "roles/storage.legacyBucketReader"
    members = ["allUsers"] # plumb-test:expect
  }
}

resource "google_storage_bucket_iam_policy" "archive" {
  bucket      = google_storage_bucket.archive.name
  policy_data = data.google_iam_policy.archive.policy_data
}

# A bucket managed elsewhere: the grant is judged on its own.
resource "google_storage_bucket_iam_member" "shared" {
  bucket = "example-shared-downloads"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # plumb-test:expect
}
