terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_pubsub_topic" "events" {
  name = "events"
}

resource "google_pubsub_topic_iam_binding" "publishers" {
  topic   = google_pubsub_topic.events.name
  role    = "roles/pubsub.publisher"
  members = ["serviceAccount:orders@example-prod.iam.gserviceaccount.com"]
}
