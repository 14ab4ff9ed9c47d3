terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_glue_job" "nightly_orders" { # plumb-test:expect
  name         = "nightly_orders"
  role_arn     = "arn:aws:iam::111122223333:role/glue-etl"
  glue_version = "4.0"

  command {
    script_location = "s3://acme-glue-scripts/nightly_orders.py"
  }
}
