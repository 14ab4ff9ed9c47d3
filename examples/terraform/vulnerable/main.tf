# An example stack with the misconfigurations Plumb is built to find where peers lose them:
# buckets made by a module with for_each over a map from terraform.tfvars, split
# aws_s3_bucket_* resources, a nested module, and a security group opened to the world.

provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type = string
}

variable "sites" {
  description = "Static sites to host, by name"
  type = map(object({
    public     = bool
    versioning = optional(bool, true)
  }))
}

locals {
  name_prefix = "acme-${var.environment}"
  tags = {
    environment = var.environment
    owner       = "platform-team"
  }
}

module "site" {
  source   = "./modules/site"
  for_each = var.sites

  name       = "${local.name_prefix}-${each.key}"
  public     = each.value.public
  versioning = each.value.versioning
  tags       = local.tags
}

module "network" {
  source      = "./modules/network"
  name        = local.name_prefix
  admin_cidrs = ["0.0.0.0/0"]
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "${var.region}a"
  size              = 100
  encrypted         = false
}
