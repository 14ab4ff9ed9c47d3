terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_db_instance" "payments" {
  identifier                  = "payments"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.xlarge"
  allocated_storage           = 500
  username                    = "payments"
  manage_master_user_password = true
  storage_encrypted           = true
  multi_az                    = true
}

# A reporting replica in one zone: the primary carries the availability.
resource "aws_db_instance" "payments_reporting" {
  identifier          = "payments-reporting"
  replicate_source_db = aws_db_instance.payments.identifier
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}
