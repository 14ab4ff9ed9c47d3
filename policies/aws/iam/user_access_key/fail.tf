terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_iam_user" "ci" {
  name = "ci-publisher"
}

resource "aws_iam_access_key" "ci" { # plumb-test:expect
  user = aws_iam_user.ci.name
}

output "ci_access_key_id" {
  value = aws_iam_access_key.ci.id
}
