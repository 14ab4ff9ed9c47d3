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

  settings { # plumb-test:expect
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/example-prod/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "shop" {
  name             = "shop"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled            = false # plumb-test:expect
      binary_log_enabled = false
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/example-prod/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
