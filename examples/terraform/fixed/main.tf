# The vulnerable example with every finding fixed: `plumb scan` exits 0 on it.

variable "environment" {
  type    = string
  default = "prod"
}

variable "sites" {
  type    = set(string)
  default = ["docs", "assets"]
}

resource "aws_kms_key" "data" {
  description         = "Site buckets"
  enable_key_rotation = true
}

# The access-log bucket is made by the same module, without logging of its own: see the
# suppression in .plumb.yaml.
module "logs" {
  source      = "./modules/bucket"
  name        = "acme-${var.environment}-access-logs"
  kms_key_arn = aws_kms_key.data.arn
  log_bucket  = null
}

module "site" {
  source   = "./modules/bucket"
  for_each = var.sites

  name        = "acme-${var.environment}-${each.key}"
  kms_key_arn = aws_kms_key.data.arn
  log_bucket  = module.logs.id
}

resource "aws_security_group" "admin" {
  name        = "acme-admin"
  description = "Administrative access from the VPN only"
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.admin.id
  description       = "SSH from the VPN range"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.20.0.0/16"
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}
