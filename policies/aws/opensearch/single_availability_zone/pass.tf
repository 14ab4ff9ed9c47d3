terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 3
    zone_awareness_enabled = true

    zone_awareness_config {
      availability_zone_count = 3
    }
  }
}

resource "aws_opensearch_domain" "sandbox" {
  domain_name    = "sandbox"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 1
  }
}

variable "search_nodes" {
  type = number
}

# The node count is known only at apply time: not judged.
resource "aws_opensearch_domain" "tenant" {
  domain_name    = "tenant"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = var.search_nodes
  }
}
