terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier        = "warehouse"
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = "warehouse-private"
  encrypted                 = true
  publicly_accessible       = false
  allow_version_upgrade     = true
}

resource "aws_redshift_cluster" "marts" {
  cluster_identifier        = "marts"
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = "warehouse-private"
  encrypted                 = true
  publicly_accessible       = false
}
