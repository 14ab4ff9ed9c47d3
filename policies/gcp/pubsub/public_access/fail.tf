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

resource "google_pubsub_topic_iam_member" "anyone" {
  topic  = google_pubsub_topic.events.name
  role   = "roles/pubsub.publisher"
  member = "allUsers" # plumb-test:expect
}

resource "google_pubsub_subscription" "events" {
  name  = "events-audit"
  topic = google_pubsub_topic.events.id
}

data "google_iam_policy" "events_sub" {
  binding {
    role    = "roles/pubsub.subscriber"
    members = ["allAuthenticatedUsers"] # plumb-test:expect
  }
}

resource "google_pubsub_subscription_iam_policy" "events" {
  subscription = google_pubsub_subscription.events.name
  policy_data  = data.google_iam_policy.events_sub.policy_data
}
