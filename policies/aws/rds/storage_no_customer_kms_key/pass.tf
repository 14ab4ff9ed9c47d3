terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_kms_key" "db" {
  description         = "Database storage"
  enable_key_rotation = true
}

resource "aws_db_instance" "crm" {
  identifier                  = "crm"
  engine                      = "postgres"
  instance_class              = "db.t4g.large"
  allocated_storage           = 50
  username                    = "crm"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.db.arn
}

resource "aws_rds_cluster" "events" {
  cluster_identifier          = "events"
  engine                      = "aurora-postgresql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.db.arn
}

# Restored from a snapshot: the key is the snapshot's.
resource "aws_db_instance" "crm_restore" {
  identifier          = "crm-restore"
  instance_class      = "db.t4g.large"
  snapshot_identifier = "crm-before-migration"
  storage_encrypted   = true
  skip_final_snapshot = true
}
