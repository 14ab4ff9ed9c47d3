terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_cloudfunctions_function" "webhook" { # plumb-test:expect
  name                  = "webhook"
  runtime               = "python312"
  entry_point           = "handle"
  source_archive_bucket = "example-functions-src"
  source_archive_object = "webhook.zip"
  trigger_http          = true
}

resource "google_cloudfunctions2_function" "api" {
  name     = "api"
  location = "europe-west1"

  build_config {
    runtime     = "go122"
    entry_point = "Serve"
  }

  service_config {
    max_instance_count = 10
    ingress_settings   = "ALLOW_ALL" # plumb-test:expect
  }
}
