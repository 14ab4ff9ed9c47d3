package corpus

// The compute modules: service (instances, volumes, IAM, load balancer, ECR, Lambda and an
// artifacts bucket through ../bucket) and audit (CloudTrail through ../bucket and ../kms).

const serviceMainTF = `locals {
  user_data_with_keys = <<-EOT
    #!/bin/bash
    # TODO: move to the instance profile once the agent supports it
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    /opt/app/bin/start --service ${var.name}
  EOT
}

module "sg" {
  source = "../security_group"

  name   = "${var.name}-app"
  vpc_id = var.vpc_id
  ingress = [for p in var.ports : {
    port        = p
    cidr_blocks = var.public ? ["0.0.0.0/0"] : [var.vpc_cidr]
{{- if .DefaultSGLocked}}
    description = "Application port ${p}"
{{- end}}
  }]
  extra_ingress = merge(
    var.debug_ssh ? {
      debug-ssh = {
        cidr        = "0.0.0.0/0"
        from_port   = 22
        to_port     = 22
        description = "Temporary SSH for debugging"
      }
    } : {},
    var.open_all_ports ? {
      all-tcp = {
        cidr      = "0.0.0.0/0"
        from_port = 0
        to_port   = 65535
      }
    } : {},
  )
  tags = var.tags
}

resource "aws_security_group_rule" "health_check" {
  type              = "ingress"
  description       = "Load balancer health checks"
  security_group_id = module.sg.security_group_id
  from_port         = var.health_check_port
  to_port           = var.health_check_port
  protocol          = "tcp"
  cidr_blocks       = [var.vpc_cidr]
}

resource "aws_instance" "this" {
  count = var.instance_count

  ami                         = var.ami_id
  instance_type               = var.instance_type
  subnet_id                   = var.subnet_ids[count.index % length(var.subnet_ids)]
  vpc_security_group_ids      = [module.sg.security_group_id]
  iam_instance_profile        = aws_iam_instance_profile.this.name
  associate_public_ip_address = var.public
  monitoring                  = {{.ServiceMonitoring}}
  ebs_optimized               = true

  user_data = var.bootstrap_with_keys ? local.user_data_with_keys : templatefile("${path.module}/templates/user_data.sh.tpl", {
    name        = var.name
    environment = var.environment
    ports       = var.ports
  })

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = var.imdsv2 ? "required" : "optional"
    http_put_response_hop_limit = 1
  }

  root_block_device {
    volume_size = 30
    volume_type = "gp3"
    encrypted   = var.encrypted
    kms_key_id  = var.encrypted ? var.kms_key_arn : null
  }

  tags = merge(var.tags, { Name = "${var.name}-${count.index}" })

  lifecycle {
    ignore_changes = [ami]
  }
}

resource "aws_ebs_volume" "data" {
  count = var.instance_count

  availability_zone = aws_instance.this[count.index].availability_zone
  size              = var.data_volume_size
  type              = "gp3"
  encrypted         = var.encrypted
  kms_key_id        = var.encrypted ? var.kms_key_arn : null
  tags              = merge(var.tags, { Name = "${var.name}-data-${count.index}" })
}

resource "aws_volume_attachment" "data" {
  count = var.instance_count

  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data[count.index].id
  instance_id = aws_instance.this[count.index].id
}

module "artifacts" {
  source = "../bucket"

  name        = "${var.name}-artifacts"
  encryption  = "kms"
  kms_key_arn = var.kms_key_arn
  log_bucket  = var.log_bucket
  tags        = var.tags
}
`

const serviceIAMTF = `resource "aws_iam_role" "this" {
  name = "${var.name}-instance"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  tags = var.tags
}

resource "aws_iam_role_policy" "this" {
  name = "${var.name}-app"
  role = aws_iam_role.this.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadArtifacts"
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = [module.artifacts.bucket_arn, "${module.artifacts.bucket_arn}/*"]
      },
      {
        Sid    = "AppData"
        Effect = "Allow"
        Action = var.admin_access ? ["*"] : (var.broad_access ? ["s3:*", "dynamodb:*"] : [
          "dynamodb:GetItem",
          "dynamodb:PutItem",
          "dynamodb:Query",
        ])
        Resource = var.admin_access || var.broad_access ? "*" : "arn:aws:dynamodb:${var.region}:${var.account_id}:table/${var.name}-*"
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "managed" {
  role       = aws_iam_role.this.name
  policy_arn = var.admin_access ? "arn:aws:iam::aws:policy/AdministratorAccess" : "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "this" {
  name = "${var.name}-instance"
  role = aws_iam_role.this.name
}
`

const serviceLBTF = `resource "aws_lb" "this" {
  count = var.load_balancer == null ? 0 : 1

  name                       = substr("${var.name}-alb", 0, 32)
  internal                   = !var.public
  load_balancer_type         = "application"
  security_groups            = [module.sg.security_group_id]
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = var.load_balancer.strict_headers
  enable_deletion_protection = var.environment == "prod"

  dynamic "access_logs" {
    for_each = var.log_bucket != "" && var.load_balancer.access_logs ? [var.log_bucket] : []
    content {
      bucket  = access_logs.value
      prefix  = "alb/${var.name}"
      enabled = true
    }
  }

  tags = var.tags
}

resource "aws_lb_target_group" "this" {
  count = var.load_balancer == null ? 0 : 1

  name     = substr("${var.name}-tg", 0, 32)
  port     = var.ports[0]
  protocol = "HTTP"
  vpc_id   = var.vpc_id

  health_check {
    path                = "/healthz"
    port                = tostring(var.health_check_port)
    healthy_threshold   = 3
    unhealthy_threshold = 3
  }
}

resource "aws_lb_target_group_attachment" "this" {
  count = var.load_balancer == null ? 0 : var.instance_count

  target_group_arn = aws_lb_target_group.this[0].arn
  target_id        = aws_instance.this[count.index].id
}

resource "aws_lb_listener" "http" {
  count = var.load_balancer == null ? 0 : 1

  load_balancer_arn = aws_lb.this[0].arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = var.load_balancer.https_redirect ? "redirect" : "forward"
    target_group_arn = var.load_balancer.https_redirect ? null : aws_lb_target_group.this[0].arn

    dynamic "redirect" {
      for_each = var.load_balancer.https_redirect ? [1] : []
      content {
        port        = "443"
        protocol    = "HTTPS"
        status_code = "HTTP_301"
      }
    }
  }
}

resource "aws_lb_listener" "https" {
  count = var.load_balancer == null ? 0 : 1

  load_balancer_arn = aws_lb.this[0].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.load_balancer.tls_policy
  certificate_arn   = var.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this[0].arn
  }
}
`

const serviceECRTF = `resource "aws_ecr_repository" "this" {
  count = var.ecr == null ? 0 : 1

  name                 = var.name
  image_tag_mutability = var.ecr.immutable ? "IMMUTABLE" : "MUTABLE"

  image_scanning_configuration {
    scan_on_push = var.ecr.scan_on_push
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.kms_key_arn
  }

  tags = var.tags
}

resource "aws_ecr_repository_policy" "this" {
  count = var.ecr == null ? 0 : 1

  repository = aws_ecr_repository.this[0].name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Pull"
      Effect    = "Allow"
      Principal = { AWS = var.ecr.public ? "*" : "arn:aws:iam::${var.account_id}:root" }
      Action = [
        "ecr:GetDownloadUrlForLayer",
        "ecr:BatchGetImage",
        "ecr:BatchCheckLayerAvailability",
      ]
    }]
  })
}
`

const serviceLambdaTF = `data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  count = var.lambda == null ? 0 : 1

  name               = "${var.name}-lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = var.tags
}

resource "aws_cloudwatch_log_group" "lambda" {
  count = var.lambda == null ? 0 : 1

  name              = "/aws/lambda/${var.name}-events"
{{- if .ServiceMonitoring}}
  retention_in_days = 30
{{- end}}
  kms_key_id        = var.kms_key_arn
}

resource "aws_lambda_function" "events" {
  count = var.lambda == null ? 0 : 1

  function_name = "${var.name}-events"
  role          = aws_iam_role.lambda[0].arn
  runtime       = "python3.12"
  handler       = "events.handler"
  s3_bucket     = module.artifacts.bucket_name
  s3_key        = "lambda/events.zip"
  timeout       = 30
  memory_size   = 256
  kms_key_arn   = var.kms_key_arn

  tracing_config {
    mode = var.lambda.tracing ? "Active" : "PassThrough"
  }

  environment {
    variables = merge({
      LOG_LEVEL   = "info"
      ENVIRONMENT = var.environment
      TABLE       = "${var.name}-events"
    }, var.lambda.inline_secret ? { DB_PASSWORD = "Sup3rS3cret-${var.environment}" } : {})
  }

  depends_on = [aws_cloudwatch_log_group.lambda]
}

resource "aws_lambda_permission" "s3" {
  count = var.lambda == null ? 0 : 1

  statement_id  = "AllowArtifactsBucket"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.events[0].function_name
  principal     = var.lambda.public_invoke ? "*" : "s3.amazonaws.com"
  source_arn    = var.lambda.public_invoke || var.lambda.unscoped_invoke ? null : module.artifacts.bucket_arn
}

resource "aws_sqs_queue" "events" {
  count = var.lambda == null ? 0 : 1

  name                       = "${var.name}-events"
  visibility_timeout_seconds = 60
  message_retention_seconds  = 345600
  sqs_managed_sse_enabled    = var.lambda.queue_encrypted
  tags                       = var.tags
}

resource "aws_sqs_queue_policy" "events" {
  count = var.lambda == null ? 0 : 1

  queue_url = aws_sqs_queue.events[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Producers"
      Effect    = "Allow"
      Principal = { AWS = var.lambda.public_queue ? "*" : "arn:aws:iam::${var.account_id}:root" }
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:${var.region}:${var.account_id}:${var.name}-events"
    }]
  })
}

resource "aws_sns_topic" "alerts" {
  count = var.lambda == null ? 0 : 1

  name              = "${var.name}-alerts"
  kms_master_key_id = var.lambda.topic_encrypted ? "alias/aws/sns" : null
  tags              = var.tags
}

resource "aws_sns_topic_policy" "alerts" {
  count = var.lambda == null ? 0 : 1

  arn = aws_sns_topic.alerts[0].arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Publishers"
      Effect    = "Allow"
      Principal = { AWS = var.lambda.public_topic ? "*" : "arn:aws:iam::${var.account_id}:root" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:${var.region}:${var.account_id}:${var.name}-alerts"
    }]
  })
}
`

const serviceAutoscalingTF = `resource "aws_launch_template" "this" {
  count = var.launch_template ? 1 : 0

  name_prefix   = "${var.name}-"
  image_id      = var.ami_id
  instance_type = var.instance_type

  iam_instance_profile {
    name = aws_iam_instance_profile.this.name
  }

  vpc_security_group_ids = [module.sg.security_group_id]

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = var.imdsv2 ? "required" : "optional"
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size = 30
      volume_type = "gp3"
      encrypted   = var.encrypted
      kms_key_id  = var.encrypted ? var.kms_key_arn : null
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = var.name })
  }
}

resource "aws_autoscaling_group" "this" {
  count = var.launch_template ? 1 : 0

  name                = var.name
  min_size            = 0
  max_size            = 2
  desired_capacity    = 0
  vpc_zone_identifier = var.subnet_ids

  launch_template {
    id      = aws_launch_template.this[0].id
    version = "$Latest"
  }

  tag {
    key                 = "Service"
    value               = var.name
    propagate_at_launch = true
  }
}
`

const serviceVariablesTF = `variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "region" {
  type = string
}

variable "account_id" {
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

variable "public" {
  type    = bool
  default = false
}

variable "ami_id" {
  type    = string
  default = "ami-0c55b159cbfafe1f0"
}

variable "instance_count" {
  type    = number
  default = 1
}

variable "instance_type" {
  type    = string
  default = "t3.medium"
}

variable "ports" {
  type    = list(number)
  default = [443]
}

variable "health_check_port" {
  type    = number
  default = 8081
}

variable "data_volume_size" {
  type    = number
  default = 100
}

variable "imdsv2" {
  type    = bool
  default = true
}

variable "encrypted" {
  type    = bool
  default = true
}

variable "debug_ssh" {
  type    = bool
  default = false
}

variable "admin_access" {
  type    = bool
  default = false
}

variable "broad_access" {
  type    = bool
  default = false
}

variable "bootstrap_with_keys" {
  type    = bool
  default = false
}

variable "open_all_ports" {
  type    = bool
  default = false
}

variable "launch_template" {
  type        = bool
  description = "Also keep a launch template and an autoscaling group for replacements."
  default     = false
}

variable "load_balancer" {
  type = object({
    strict_headers = optional(bool, true)
    https_redirect = optional(bool, true)
    access_logs    = optional(bool, true)
    tls_policy     = optional(string, "ELBSecurityPolicy-TLS13-1-2-2021-06")
  })
  default = null
}

variable "ecr" {
  type = object({
    immutable    = optional(bool, true)
    scan_on_push = optional(bool, true)
    public       = optional(bool, false)
  })
  default = null
}

variable "lambda" {
  type = object({
    tracing         = optional(bool, true)
    inline_secret   = optional(bool, false)
    public_invoke   = optional(bool, false)
    unscoped_invoke = optional(bool, false)
    queue_encrypted = optional(bool, true)
    topic_encrypted = optional(bool, true)
    public_queue    = optional(bool, false)
    public_topic    = optional(bool, false)
  })
  default = null
}

variable "kms_key_arn" {
  type = string
}

variable "log_bucket" {
  type    = string
  default = ""
}

variable "certificate_arn" {
  type    = string
  default = ""
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const serviceOutputsTF = `output "security_group_id" {
  value = module.sg.security_group_id
}

output "instance_ids" {
  value = aws_instance.this[*].id
}

output "role_name" {
  value = aws_iam_role.this.name
}

output "artifacts_bucket" {
  value = module.artifacts.bucket_name
}
`

const serviceUserData = `#!/bin/bash
set -euo pipefail
# Rendered by Terraform for ${name} (${environment}).
echo "SERVICE=${name}" >> /etc/app.env
echo "ENVIRONMENT=${environment}" >> /etc/app.env
%{ for p in ports ~}
echo "LISTEN=${p}" >> /etc/app.env
%{ endfor ~}
systemctl enable --now app
`

const auditMainTF = `module "key" {
  source = "../kms"

  alias                   = "${var.name}-cloudtrail"
  account_id              = var.account_id
  enable_rotation         = true
  deletion_window_in_days = 30
  tags                    = var.tags
}

module "bucket" {
  source = "../bucket"

  name        = "${var.name}-cloudtrail"
  encryption  = "kms"
  kms_key_arn = module.key.key_arn
  log_bucket  = var.log_bucket
  tags        = var.tags
}

resource "aws_cloudwatch_log_group" "trail" {
  count = var.cloudwatch ? 1 : 0

  name              = "/cloudtrail/${var.name}"
  retention_in_days = 365
  kms_key_id        = module.key.key_arn
}

resource "aws_iam_role" "trail_cloudwatch" {
  count = var.cloudwatch ? 1 : 0

  name = "${var.name}-cloudtrail-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "cloudtrail.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "trail_cloudwatch" {
  count = var.cloudwatch ? 1 : 0

  name = "deliver-to-cloudwatch"
  role = aws_iam_role.trail_cloudwatch[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "${aws_cloudwatch_log_group.trail[0].arn}:*"
    }]
  })
}

resource "aws_cloudtrail" "this" {
  name                          = "${var.name}-trail"
  s3_bucket_name                = module.bucket.bucket_name
  include_global_service_events = true
  is_multi_region_trail         = var.multi_region
  enable_log_file_validation    = var.log_file_validation
  kms_key_id                    = var.encrypted ? module.key.key_arn : null
  cloud_watch_logs_group_arn    = var.cloudwatch ? "${aws_cloudwatch_log_group.trail[0].arn}:*" : null
  cloud_watch_logs_role_arn     = var.cloudwatch ? aws_iam_role.trail_cloudwatch[0].arn : null

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }

  tags = var.tags
}
`

const auditVariablesTF = `variable "name" {
  type = string
}

variable "account_id" {
  type = string
}

variable "multi_region" {
  type    = bool
  default = true
}

variable "log_file_validation" {
  type    = bool
  default = true
}

variable "encrypted" {
  type    = bool
  default = true
}

variable "cloudwatch" {
  type    = bool
  default = true
}

variable "log_bucket" {
  type    = string
  default = ""
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const auditOutputsTF = `output "trail_arn" {
  value = aws_cloudtrail.this.arn
}

output "bucket_name" {
  value = module.bucket.bucket_name
}
`

// moduleFiles are every stack's local modules, rendered with the stack for its variations.
var moduleFiles = []file{
	tmpl("bucket/main.tf", bucketMainTF),
	tmpl("bucket/variables.tf", bucketVariablesTF),
	tmpl("bucket/outputs.tf", bucketOutputsTF),
	tmpl("kms/main.tf", kmsMainTF),
	tmpl("kms/variables.tf", kmsVariablesTF),
	tmpl("kms/outputs.tf", kmsOutputsTF),
	tmpl("security_group/main.tf", securityGroupMainTF),
	tmpl("security_group/variables.tf", securityGroupVariablesTF),
	tmpl("security_group/outputs.tf", securityGroupOutputsTF),
	tmpl("network/main.tf", networkMainTF),
	tmpl("network/variables.tf", networkVariablesTF),
	tmpl("network/outputs.tf", networkOutputsTF),
	tmpl("service/main.tf", serviceMainTF),
	tmpl("service/iam.tf", serviceIAMTF),
	tmpl("service/lb.tf", serviceLBTF),
	tmpl("service/ecr.tf", serviceECRTF),
	tmpl("service/lambda.tf", serviceLambdaTF),
	tmpl("service/autoscaling.tf", serviceAutoscalingTF),
	tmpl("service/variables.tf", serviceVariablesTF),
	tmpl("service/outputs.tf", serviceOutputsTF),
	raw("service/templates/user_data.sh.tpl", serviceUserData),
	tmpl("database/main.tf", databaseMainTF),
	tmpl("database/dynamodb.tf", databaseDynamoTF),
	tmpl("database/variables.tf", databaseVariablesTF),
	tmpl("database/outputs.tf", databaseOutputsTF),
	tmpl("audit/main.tf", auditMainTF),
	tmpl("audit/variables.tf", auditVariablesTF),
	tmpl("audit/outputs.tf", auditOutputsTF),
}
