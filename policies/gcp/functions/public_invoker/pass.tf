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

resource "google_cloudfunctions_function_iam_member" "gateway" {
  cloud_function = google_cloudfunctions_function.webhook.name
  role           = "roles/cloudfunctions.invoker"
  member         = "serviceAccount:api-gateway@example-prod.iam.gserviceaccount.com"
}
