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
    special_group = "projectReaders"
  }
}

resource "google_bigquery_dataset_iam_member" "analysts" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataViewer"
  member     = "group:analysts@example.com"
}
