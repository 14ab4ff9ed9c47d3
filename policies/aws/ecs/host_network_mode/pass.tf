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
  network_mode = "awsvpc"
  container_definitions = jsonencode([
    {
      name   = "exporter"
      image  = "quay.io/prometheus/node-exporter:v1.8.2"
      memory = 128
    }
  ])
}

# network_mode left out: bridge on EC2.
resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name   = "worker"
      image  = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/worker:5.0.0"
      memory = 512
    }
  ])
}
