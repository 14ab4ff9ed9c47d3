package corpus

// The modules that hold data: bucket (the split aws_s3_bucket_* form), kms and database.

const bucketMainTF = `# One S3 bucket in the AWS provider 4+ form: each concern is its own resource.
locals {
  bucket_arn = "arn:aws:s3:::${var.name}"

  tls_only_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [local.bucket_arn, "${local.bucket_arn}/*"]
      Condition = {
        Bool = { "aws:SecureTransport" = "false" }
      }
    }]
  })

  public_read_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "${local.bucket_arn}/*"
    }]
  })
}

resource "aws_s3_bucket" "this" {
  bucket        = var.name
  force_destroy = false
  tags          = merge(var.tags, { Name = var.name })
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    object_ownership = var.acl == null ? "BucketOwnerEnforced" : "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status     = var.versioning ? "Enabled" : "Suspended"
    mfa_delete = var.mfa_delete ? "Enabled" : "Disabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count = var.encryption == "none" ? 0 : 1

  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.encryption == "kms" ? "aws:kms" : "AES256"
      kms_master_key_id = var.encryption == "kms" ? var.kms_key_arn : null
    }
    bucket_key_enabled = var.encryption == "kms"
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  count = var.block_public_access ? 1 : 0

  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = var.block_public_policy
  ignore_public_acls      = true
  restrict_public_buckets = var.block_public_policy
}

resource "aws_s3_bucket_acl" "this" {
  count = var.acl == null ? 0 : 1

  bucket     = aws_s3_bucket.this.id
  acl        = var.acl
  depends_on = [aws_s3_bucket_ownership_controls.this]
}

resource "aws_s3_bucket_logging" "this" {
  count = var.log_bucket == "" ? 0 : 1

  bucket        = aws_s3_bucket.this.id
  target_bucket = var.log_bucket
  target_prefix = "s3/${var.name}/"
}

resource "aws_s3_bucket_policy" "this" {
  count = var.policy == "none" ? 0 : 1

  bucket = aws_s3_bucket.this.id
  policy = var.policy == "public" ? local.public_read_policy : local.tls_only_policy
}
`

const bucketVariablesTF = `variable "name" {
  type        = string
  description = "Globally unique bucket name."
}

variable "versioning" {
  type    = bool
  default = true
}

variable "mfa_delete" {
  type    = bool
  default = false
}

variable "encryption" {
  type        = string
  description = "none, AES256 or kms."
  default     = "kms"

  validation {
    condition     = contains(["none", "AES256", "kms"], var.encryption)
    error_message = "encryption must be none, AES256 or kms."
  }
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "block_public_access" {
  type    = bool
  default = true
}

variable "block_public_policy" {
  type        = bool
  description = "Off only for buckets that publish through a bucket policy."
  default     = true
}

variable "acl" {
  type    = string
  default = null
}

variable "log_bucket" {
  type        = string
  description = "Bucket that receives access logs; empty for none."
  default     = ""
}

variable "policy" {
  type        = string
  description = "none, tls (deny plain HTTP) or public (public read)."
  default     = "tls"
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const bucketOutputsTF = `output "bucket_id" {
  value = aws_s3_bucket.this.id
}

output "bucket_name" {
  value = aws_s3_bucket.this.bucket
}

output "bucket_arn" {
  value = local.bucket_arn
}
`

const kmsMainTF = `resource "aws_kms_key" "this" {
  description             = "Key for ${var.alias}"
  enable_key_rotation     = var.enable_rotation
  deletion_window_in_days = var.deletion_window_in_days

  policy = jsonencode({
    Version = "2012-10-17"
    Id      = "key-policy"
    Statement = [
      {
        Sid       = "AccountAdministers"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${var.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "KeyUsers"
        Effect    = "Allow"
        Principal = { AWS = var.allow_any_principal ? "*" : "arn:aws:iam::${var.account_id}:role/${var.alias}-users" }
        Action    = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })

  tags = var.tags
}

resource "aws_kms_alias" "this" {
  name          = "alias/${var.alias}"
  target_key_id = aws_kms_key.this.key_id
}
`

const kmsVariablesTF = `variable "alias" {
  type = string
}

variable "account_id" {
  type = string
}

variable "enable_rotation" {
  type    = bool
  default = true
}

variable "deletion_window_in_days" {
  type    = number
  default = {{.KMSDefaultWindow}}
}

variable "allow_any_principal" {
  type    = bool
  default = false
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const kmsOutputsTF = `output "key_arn" {
  value = aws_kms_key.this.arn
}

output "alias" {
  value = aws_kms_alias.this.name
}
`

const databaseMainTF = `module "sg" {
  source = "../security_group"

  name   = "${var.name}-db"
  vpc_id = var.vpc_id
  ingress = [{
    port        = var.engine == "postgres" ? 5432 : 3306
    cidr_blocks = var.public ? ["0.0.0.0/0"] : [var.vpc_cidr]
    description = "Database clients"
  }]
  open_egress = false
  tags        = var.tags
}

resource "aws_db_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_db_parameter_group" "this" {
  name   = var.name
  family = var.engine == "postgres" ? "postgres16" : "mysql8.0"

  parameter {
    name  = var.engine == "postgres" ? "log_connections" : "general_log"
    value = "1"
  }

  parameter {
    name  = var.engine == "postgres" ? "rds.force_ssl" : "require_secure_transport"
    value = "1"
  }
}

resource "aws_db_instance" "this" {
  identifier            = var.name
  engine                = var.engine
  engine_version        = var.engine == "postgres" ? "16.3" : "8.0.36"
  instance_class        = var.instance_class
  allocated_storage     = 100
  max_allocated_storage = 500
  storage_type          = "gp3"

  db_name                     = replace(var.name, "-", "_")
  username                    = "app_admin"
  manage_master_user_password = true

  db_subnet_group_name   = aws_db_subnet_group.this.name
  parameter_group_name   = aws_db_parameter_group.this.name
  vpc_security_group_ids = [module.sg.security_group_id]
  publicly_accessible    = var.public
  multi_az               = var.deletion_protection

  storage_encrypted                   = var.encrypted
  kms_key_id                          = var.encrypted ? var.kms_key_arn : null
  iam_database_authentication_enabled = var.iam_auth
  auto_minor_version_upgrade          = var.minor_upgrades
  backup_retention_period             = var.backup_retention_days
  backup_window                       = "03:00-04:00"
  deletion_protection                 = var.deletion_protection
  skip_final_snapshot                 = !var.deletion_protection
  final_snapshot_identifier           = var.deletion_protection ? "${var.name}-final" : null
  copy_tags_to_snapshot               = true
  performance_insights_enabled        = true

  tags = var.tags
}

resource "aws_rds_cluster" "this" {
  count = var.aurora ? 1 : 0

  cluster_identifier          = "${var.name}-aurora"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app_admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.this.name
  vpc_security_group_ids      = [module.sg.security_group_id]
  storage_encrypted           = var.encrypted
  kms_key_id                  = var.encrypted ? var.kms_key_arn : null
  backup_retention_period     = var.backup_retention_days
  deletion_protection         = var.deletion_protection
  skip_final_snapshot         = true
  tags                        = var.tags
}

resource "aws_rds_cluster_instance" "this" {
  count = var.aurora ? 2 : 0

  identifier                 = "${var.name}-aurora-${count.index}"
  cluster_identifier         = aws_rds_cluster.this[0].id
  instance_class             = "db.r6g.large"
  engine                     = aws_rds_cluster.this[0].engine
  publicly_accessible        = var.public
  auto_minor_version_upgrade = var.minor_upgrades
}
`

const databaseDynamoTF = `resource "aws_dynamodb_table" "this" {
  for_each = var.tables

  name         = "${var.name}-${each.key}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  range_key    = "sk"

  attribute {
    name = "pk"
    type = "S"
  }

  attribute {
    name = "sk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = each.value.pitr
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = each.value.cmk ? var.kms_key_arn : null
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  tags = merge(var.tags, { Table = each.key })
}
`

const databaseVariablesTF = `variable "name" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "vpc_cidr" {
  type = string
}

variable "subnet_ids" {
  type = list(string)
}

variable "engine" {
  type    = string
  default = "postgres"
}

variable "instance_class" {
  type    = string
  default = "db.t3.medium"
}

variable "encrypted" {
  type    = bool
  default = true
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "public" {
  type    = bool
  default = false
}

variable "backup_retention_days" {
  type    = number
  default = 7
}

variable "deletion_protection" {
  type    = bool
  default = true
}

variable "iam_auth" {
  type    = bool
  default = true
}

variable "minor_upgrades" {
  type    = bool
  default = true
}

variable "aurora" {
  type    = bool
  default = false
}

variable "tables" {
  type = map(object({
    pitr = bool
    cmk  = bool
  }))
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const databaseOutputsTF = `output "endpoint" {
  value = aws_db_instance.this.endpoint
}

output "security_group_id" {
  value = module.sg.security_group_id
}

output "table_names" {
  value = [for t in aws_dynamodb_table.this : t.name]
}
`
