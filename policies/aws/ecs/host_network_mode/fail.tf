terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_ecs_task_definition" "exporter" {
  family       = "node-exporter"
  network_mode = "host" # plumb-test:expect
  container_definitions = jsonencode([
    {
      name   = "exporter"
      image  = "quay.io/prometheus/node-exporter:v1.8.2"
      memory = 128
    }
  ])
}
