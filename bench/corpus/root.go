package corpus

import (
	"strconv"
	"strings"
	"text/template"
)

// A file is one file of every stack: a template rendered with the stack, or fixed text.
type file struct {
	name string
	tmpl *template.Template
	text string
}

var funcs = template.FuncMap{
	"q": strconv.Quote,
	"list": func(ss []string) string {
		q := make([]string, len(ss))
		for i, s := range ss {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	},
}

func tmpl(name, text string) file {
	return file{name: name, tmpl: template.Must(template.New(name).Funcs(funcs).Parse(text))}
}

// raw is a file written as is: its text holds Terraform template syntax of its own.
func raw(name, text string) file { return file{name: name, text: text} }

// rootFiles are a stack's own files, beside variables.tf and terraform.tfvars (written by
// variablesTF and tfvars from the stack's values).
var rootFiles = []file{
	tmpl("main.tf", mainTF),
	tmpl("account.tf", accountTF),
	tmpl("legacy.tf", legacyTF),
	tmpl("outputs.tf", outputsTF),
}

const mainTF = `# Stack {{.Name}}: {{.Team}} in {{.Env}}. Owned by the {{.Team}} team; applied by CI on merge.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state-{{.AccountID}}"
    key            = "stacks/{{.Name}}/terraform.tfstate"
    region         = {{q .Region}}
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

locals {
  name_prefix = var.stack
  tags = {
    Team        = var.team
    Environment = var.environment
    Stack       = var.stack
    ManagedBy   = "terraform"
  }
}

data "aws_caller_identity" "current" {}

module "network" {
  source = "./modules/network"

  name              = local.name_prefix
  cidr              = var.vpc_cidr
  azs               = var.azs
  public_subnets    = var.public_subnets
  flow_logs         = var.flow_logs
  flow_log_role_arn = var.flow_logs ? aws_iam_role.flow_logs[0].arn : null
  admin_cidrs       = var.admin_cidrs
  tags              = local.tags
}

module "kms" {
  source   = "./modules/kms"
  for_each = var.kms_keys

  alias                   = "${local.name_prefix}-${each.key}"
  account_id              = var.account_id
  enable_rotation         = each.value.rotation
  deletion_window_in_days = each.value.deletion_window
  allow_any_principal     = each.value.allow_any_principal
  tags                    = local.tags
}

module "buckets" {
  source   = "./modules/bucket"
  for_each = var.buckets

  name                = "${local.name_prefix}-${each.key}"
  versioning          = each.value.versioning
  mfa_delete          = each.value.mfa_delete
  encryption          = each.value.encryption
  kms_key_arn         = each.value.encryption == "kms" ? module.kms["app"].key_arn : null
  block_public_access = each.value.block_public_access
  block_public_policy = each.value.block_public_policy
  acl                 = each.value.acl
  log_bucket          = each.value.logging ? aws_s3_bucket.logs.bucket : ""
  policy              = each.value.policy
  tags                = merge(local.tags, { DataClass = each.value.data_class })
}

module "services" {
  source   = "./modules/service"
  for_each = var.services

  name                = "${local.name_prefix}-${each.key}"
  environment         = var.environment
  region              = var.region
  account_id          = var.account_id
  vpc_id              = module.network.vpc_id
  vpc_cidr            = var.vpc_cidr
  subnet_ids          = each.value.public ? module.network.public_subnet_ids : module.network.private_subnet_ids
  public              = each.value.public
  instance_count      = each.value.instance_count
  instance_type       = each.value.instance_type
  ports               = each.value.ports
  imdsv2              = each.value.imdsv2
  encrypted           = each.value.encrypted
  debug_ssh           = each.value.debug_ssh
  admin_access        = each.value.admin_access
  broad_access        = each.value.broad_access
  bootstrap_with_keys = each.value.bootstrap_with_keys
  open_all_ports      = each.value.open_all_ports
  load_balancer       = each.value.load_balancer
  ecr                 = each.value.ecr
  lambda              = each.value.lambda
  kms_key_arn         = module.kms["app"].key_arn
  log_bucket          = aws_s3_bucket.logs.bucket
  certificate_arn     = "arn:aws:acm:${var.region}:${var.account_id}:certificate/${each.key}"
  tags                = merge(local.tags, { Service = each.key })
}

# Queue workers: identical instances, one module instance each so they can be drained and
# replaced one at a time.
module "workers" {
  source = "./modules/service"
  count  = var.worker_count

  name                = "${local.name_prefix}-worker-${count.index}"
  environment         = var.environment
  region              = var.region
  account_id          = var.account_id
  vpc_id              = module.network.vpc_id
  vpc_cidr            = var.vpc_cidr
  subnet_ids          = module.network.private_subnet_ids
  instance_count      = 1
  instance_type       = var.worker.instance_type
  ports               = [8080]
  imdsv2              = var.worker.imdsv2
  encrypted           = var.worker.encrypted
  broad_access        = var.worker.broad_access
  launch_template     = true
  kms_key_arn         = module.kms["app"].key_arn
  log_bucket          = aws_s3_bucket.logs.bucket
  certificate_arn     = ""
  tags                = merge(local.tags, { Service = "worker", Worker = tostring(count.index) })
}

module "databases" {
  source   = "./modules/database"
  for_each = var.databases

  name                  = "${local.name_prefix}-${each.key}"
  vpc_id                = module.network.vpc_id
  vpc_cidr              = var.vpc_cidr
  subnet_ids            = each.value.public ? module.network.public_subnet_ids : module.network.private_subnet_ids
  engine                = each.value.engine
  instance_class        = each.value.instance_class
  encrypted             = each.value.encrypted
  kms_key_arn           = module.kms["app"].key_arn
  public                = each.value.public
  backup_retention_days = each.value.backup_retention_days
  deletion_protection   = each.value.deletion_protection
  iam_auth              = each.value.iam_auth
  minor_upgrades        = each.value.minor_upgrades
  aurora                = each.value.aurora
  tables                = each.value.tables
  tags                  = local.tags
}

module "audit" {
  source = "./modules/audit"
  count  = var.audit == null ? 0 : 1

  name                = local.name_prefix
  account_id          = var.account_id
  multi_region        = var.audit.multi_region
  log_file_validation = var.audit.log_file_validation
  encrypted           = var.audit.encrypted
  cloudwatch          = var.audit.cloudwatch
  log_bucket          = aws_s3_bucket.logs.bucket
  tags                = local.tags
}
`

const accountTF = `# Account-wide settings and the identities CI deploys with.

resource "aws_ebs_encryption_by_default" "this" {
  enabled = var.ebs_default_encryption
}

resource "aws_iam_account_password_policy" "this" {
  count = var.password_policy == null ? 0 : 1

  minimum_password_length        = var.password_policy.minimum_length
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  allow_users_to_change_password = true
  max_password_age               = 90
  password_reuse_prevention      = var.password_policy.minimum_length >= 14 ? 24 : 5
}

resource "aws_iam_policy" "deploy" {
  name        = "${local.name_prefix}-deploy"
  description = "What the CI pipeline of ${var.stack} may do."

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "PassServiceRoles"
        Effect   = "Allow"
        Action   = "iam:PassRole"
        Resource = var.deploy_passrole_any ? "*" : "arn:aws:iam::${var.account_id}:role/${var.stack}-*"
      },
      {
        Sid    = "Deploy"
        Effect = "Allow"
        Action = [
          "ecs:UpdateService",
          "ecs:DescribeServices",
          "lambda:UpdateFunctionCode",
          "ecr:PutImage",
        ]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role" "support" {
  name = "${local.name_prefix}-support"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.support_trust_any ? "*" : "arn:aws:iam::${var.account_id}:root" }
      Action    = "sts:AssumeRole"
    }]
  })

  max_session_duration = 3600
}

resource "aws_iam_user" "ci" {
  count = var.ci_user ? 1 : 0

  name = "${local.name_prefix}-ci"
  path = "/ci/"
}

resource "aws_iam_access_key" "ci" {
  count = var.ci_user ? 1 : 0

  user = aws_iam_user.ci[0].name
}

resource "aws_iam_user_policy_attachment" "ci" {
  count = var.ci_user ? 1 : 0

  user       = aws_iam_user.ci[0].name
  policy_arn = aws_iam_policy.deploy.arn
}

resource "aws_iam_role" "flow_logs" {
  count = var.flow_logs ? 1 : 0

  name = "${local.name_prefix}-flow-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "flow_logs" {
  count = var.flow_logs ? 1 : 0

  name = "write-flow-logs"
  role = aws_iam_role.flow_logs[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = [
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        "logs:DescribeLogGroups",
        "logs:DescribeLogStreams",
      ]
      Resource = "arn:aws:logs:${var.region}:${var.account_id}:log-group:/vpc/${var.stack}/*"
    }]
  })
}
`

const legacyTF = `# Resources from before the modules existed, in the AWS provider 3 inline form. Moving them
# to the split resources needs an import each; tracked in the platform backlog.

resource "aws_s3_bucket" "logs" {
  bucket = "${local.name_prefix}-access-logs"
  acl    = "log-delivery-write"

  versioning {
    enabled = true
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }

  lifecycle_rule {
    id      = "expire-old-logs"
    enabled = true

    expiration {
      days = 365
    }
  }

  tags = local.tags
}

resource "aws_s3_bucket" "legacy" {
  count = length(var.legacy_buckets)

  bucket = var.legacy_buckets[count.index]
  acl    = "private"

  versioning {
    enabled = false
  }

  logging {
    target_bucket = aws_s3_bucket.logs.id
    target_prefix = "${var.legacy_buckets[count.index]}/"
  }

  tags = merge(local.tags, { Legacy = "true" })
}

resource "aws_elb" "legacy" {
  count = var.classic_elb ? 1 : 0

  name            = substr("${local.name_prefix}-classic", 0, 32)
  subnets         = module.network.public_subnet_ids
  security_groups = [module.network.bastion_security_group_id]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }

  health_check {
    healthy_threshold   = 2
    unhealthy_threshold = 2
    timeout             = 3
    target              = "HTTP:8080/healthz"
    interval            = 30
  }

  cross_zone_load_balancing = true
  idle_timeout              = 60
}
`

const outputsTF = `output "vpc_id" {
  value = module.network.vpc_id
}

output "bucket_names" {
  value = { for k, b in module.buckets : k => b.bucket_name }
}

output "service_security_groups" {
  value = { for k, s in module.services : k => s.security_group_id }
}

output "database_endpoints" {
  value     = { for k, d in module.databases : k => d.endpoint }
  sensitive = true
}
`
