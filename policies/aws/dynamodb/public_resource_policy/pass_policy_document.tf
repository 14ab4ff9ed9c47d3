terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

data "aws_iam_policy_document" "reporting" {
  statement {
    sid     = "ReportingRead"
    actions = ["dynamodb:Query"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:role/reporting"]
    }
    resources = ["arn:aws:dynamodb:eu-west-1:111122223333:table/partner-feed"]
  }
}

# The document comes from a data source, known only at plan time: not judged.
resource "aws_dynamodb_resource_policy" "reporting" {
  resource_arn = "arn:aws:dynamodb:eu-west-1:111122223333:table/partner-feed"
  policy       = data.aws_iam_policy_document.reporting.json
}
