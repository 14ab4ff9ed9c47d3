terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/example-prod/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

# A read replica: backups belong to its primary.
resource "google_sql_database_instance" "orders_replica" {
  name                 = "orders-replica"
  database_version     = "POSTGRES_15"
  region               = "europe-west1"
  master_instance_name = google_sql_database_instance.orders.name

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/example-prod/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
