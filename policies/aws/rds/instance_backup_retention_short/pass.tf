terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "billing" {
  identifier                  = "billing-db"
  engine                      = "mariadb"
  engine_version              = "10.11"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "billing"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
  backup_window               = "02:00-03:00"
}

resource "aws_db_instance" "sessions" {
  identifier                  = "sessions-db"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.small"
  allocated_storage           = 20
  username                    = "sessions"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
}

# A read replica without backups of its own.
resource "aws_db_instance" "sessions_replica" {
  identifier              = "sessions-db-replica"
  replicate_source_db     = aws_db_instance.sessions.identifier
  instance_class          = "db.t4g.small"
  backup_retention_period = 0
  skip_final_snapshot     = true
}
