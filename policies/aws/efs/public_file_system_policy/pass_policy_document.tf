terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_iam_policy_document" "shared" {
  statement {
    actions = ["elasticfilesystem:ClientMount"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/app"]
    }
    resources = ["*"]
  }
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = "fs-0a1b2c3d4e5f60001"
  policy         = data.aws_iam_policy_document.shared.json
}
