terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_snapshot" "before_migration" {
  db_instance_identifier = "billing-db"
  db_snapshot_identifier = "billing-before-migration"
  shared_accounts = [
    "444455556666",
    "all", # plumb-test:expect
  ]
}

resource "aws_db_cluster_snapshot" "quarter_end" {
  db_cluster_identifier          = "ledger"
  db_cluster_snapshot_identifier = "ledger-q3"
  shared_accounts                = ["all"] # plumb-test:expect
}
