terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_security_group" "app" {
  name        = "orders-app"
  description = "Orders application"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group" "db" {
  name        = "orders-db"
  description = "Orders PostgreSQL"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "PostgreSQL from inside the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group" "cache" {
  name        = "sessions-cache"
  description = "Session cache"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "cache_redis" {
  type                     = "ingress"
  description              = "Redis from the application"
  from_port                = 6379
  to_port                  = 6379
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.app.id
  security_group_id        = aws_security_group.cache.id
}

resource "aws_vpc_security_group_ingress_rule" "search" {
  security_group_id            = aws_security_group.cache.id
  description                  = "Search cluster from the application"
  ip_protocol                  = "tcp"
  from_port                    = 9200
  to_port                      = 9300
  referenced_security_group_id = aws_security_group.app.id
}

# A rule added to a group owned by another stack.
resource "aws_vpc_security_group_ingress_rule" "shared_mysql" {
  security_group_id = "sg-0123456789abcdef0"
  description       = "MySQL for the reporting vendor"
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = "203.0.113.10/32"
}
