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
  ingress_settings      = "ALLOW_INTERNAL_AND_GCLB"
}

resource "google_cloudfunctions2_function" "api" {
  name     = "api"
  location = "europe-west1"

  build_config {
    runtime     = "go122"
    entry_point = "Serve"
  }

  service_config {
    ingress_settings = "ALLOW_INTERNAL_ONLY"
  }
}

# Triggered by Pub/Sub messages, not called over HTTP.
resource "google_cloudfunctions2_function" "worker" {
  name     = "worker"
  location = "europe-west1"

  build_config {
    runtime     = "go122"
    entry_point = "Work"
  }

  event_trigger {
    event_type   = "google.cloud.pubsub.topic.v1.messagePublished"
    pubsub_topic = "projects/example-prod/topics/jobs"
  }
}
