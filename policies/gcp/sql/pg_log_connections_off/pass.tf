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

    database_flags {
      name  = "log_connections"
      value = "on"
    }

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

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/example-prod/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

variable "engine" {
  type = string
}

# The engine comes from a variable without a value: not judged.
resource "google_sql_database_instance" "byvar" {
  name             = "byvar"
  database_version = var.engine
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/example-prod/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
