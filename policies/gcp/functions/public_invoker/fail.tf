terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_cloudfunctions_function" "webhook" {
  name                  = "webhook"
  runtime               = "python312"
  entry_point           = "handle"
  source_archive_bucket = "example-functions-src"
  source_archive_object = "webhook.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function_iam_member" "anyone" {
  cloud_function = google_cloudfunctions_function.webhook.name
  role           = "roles/cloudfunctions.invoker"
  member         = "allUsers" # plumb-test:expect
}

resource "google_cloudfunctions2_function" "thumbnail" {
  name     = "thumbnail"
  location = "europe-west1"

  build_config {
    runtime     = "nodejs20"
    entry_point = "thumbnail"
  }
}

resource "google_cloudfunctions2_function_iam_binding" "invokers" {
  cloud_function = google_cloudfunctions2_function.thumbnail.name
  role           = "roles/cloudfunctions.invoker"
  members        = ["allAuthenticatedUsers"] # plumb-test:expect
}
