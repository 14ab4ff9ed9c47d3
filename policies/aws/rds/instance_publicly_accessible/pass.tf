terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_subnet_group" "private" {
  name       = "analytics-private"
  subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_db_instance" "analytics" {
  identifier                  = "analytics-db"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.large"
  allocated_storage           = 100
  username                    = "analytics"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = false
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

resource "aws_rds_cluster" "events" {
  cluster_identifier          = "events"
  engine                      = "aurora-postgresql"
  master_username             = "events"
  manage_master_user_password = true
  storage_encrypted           = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

resource "aws_rds_cluster_instance" "events_writer" {
  identifier         = "events-writer"
  cluster_identifier = aws_rds_cluster.events.id
  engine             = aws_rds_cluster.events.engine
  instance_class     = "db.r6g.large"
}
