terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role           = "OWNER"
    group_by_email = "data-owners@example.com"
  }

  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # plumb-test:expect
  }
}

resource "google_bigquery_dataset" "marketing" {
  dataset_id = "marketing"
  location   = "EU"
}

resource "google_bigquery_dataset_iam_member" "public" {
  dataset_id = google_bigquery_dataset.marketing.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # plumb-test:expect
}

resource "google_bigquery_dataset_access" "public" {
  dataset_id = google_bigquery_dataset.marketing.dataset_id
  role       = "READER"
  iam_member = "allUsers" # plumb-test:expect
}
