package corpus

// The network modules: network (VPC, subnets, NACL, bastion) and security_group, which
// network, service and database call.

const securityGroupMainTF = `# A security group whose ingress comes in two forms: the common ports as a dynamic block,
# one-off openings as separate aws_vpc_security_group_ingress_rule resources.
resource "aws_security_group" "this" {
  name        = var.name
  description = var.description
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.ingress
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = ingress.value.protocol
      cidr_blocks = ingress.value.cidr_blocks
    }
  }

  egress {
    description = "Outbound"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.open_egress ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
  }

  tags = merge(var.tags, { Name = var.name })

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "extra" {
  for_each = var.extra_ingress

  security_group_id = aws_security_group.this.id
  description       = each.value.description
  cidr_ipv4         = each.value.cidr
  from_port         = each.value.from_port
  to_port           = each.value.to_port
  ip_protocol       = each.value.protocol
}
`

const securityGroupVariablesTF = `variable "name" {
  type = string
}

variable "description" {
  type    = string
  default = "{{if .DefaultSGLocked}}Managed by Terraform{{else}}Managed by Terraform; see the module README{{end}}"
}

variable "vpc_id" {
  type = string
}

variable "ingress" {
  type = list(object({
    port        = number
    protocol    = optional(string, "tcp")
    cidr_blocks = list(string)
    description = optional(string, "")
  }))
  default = []
}

variable "extra_ingress" {
  type = map(object({
    cidr        = string
    from_port   = number
    to_port     = number
    protocol    = optional(string, "tcp")
    description = optional(string, "")
  }))
  default = {}
}

variable "open_egress" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const securityGroupOutputsTF = `output "security_group_id" {
  value = aws_security_group.this.id
}

output "name" {
  value = aws_security_group.this.name
}
`

const networkMainTF = `resource "aws_vpc" "this" {
  cidr_block           = var.cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = merge(var.tags, { Name = var.name })
}

resource "aws_subnet" "private" {
  count = length(var.azs)

  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
  availability_zone = var.azs[count.index]
  tags              = merge(var.tags, { Name = "${var.name}-private-${var.azs[count.index]}", Tier = "private" })
}

resource "aws_subnet" "public" {
  count = var.public_subnets ? length(var.azs) : 0

  vpc_id                  = aws_vpc.this.id
  cidr_block              = cidrsubnet(var.cidr, 8, count.index + 100)
  availability_zone       = var.azs[count.index]
  map_public_ip_on_launch = true
  tags                    = merge(var.tags, { Name = "${var.name}-public-${var.azs[count.index]}", Tier = "public" })
}

resource "aws_internet_gateway" "this" {
  count = var.public_subnets ? 1 : 0

  vpc_id = aws_vpc.this.id
  tags   = var.tags
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id
  tags   = merge(var.tags, { Name = "${var.name}-private" })
}

resource "aws_route_table_association" "private" {
  count = length(var.azs)

  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}

resource "aws_cloudwatch_log_group" "flow" {
  count = var.flow_logs ? 1 : 0

  name              = "/vpc/${var.name}/flow-logs"
  retention_in_days = 90
}

resource "aws_flow_log" "this" {
  count = var.flow_logs ? 1 : 0

  vpc_id          = aws_vpc.this.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow[0].arn
  iam_role_arn    = var.flow_log_role_arn
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.this.id
{{- if not .DefaultSGLocked}}

  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
{{- end}}
}

resource "aws_network_acl" "public" {
  count = var.public_subnets ? 1 : 0

  vpc_id     = aws_vpc.this.id
  subnet_ids = aws_subnet.public[*].id

  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 110
    action     = "allow"
    cidr_block = var.admin_cidrs[0]
    from_port  = 22
    to_port    = 22
  }

  ingress {
    protocol   = "tcp"
    rule_no    = 120
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
    to_port    = 65535
  }

  egress {
    protocol   = "-1"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  tags = var.tags
}

# The bastion keeps the inline rule form it was written with.
resource "aws_security_group" "bastion" {
  name        = "${var.name}-bastion"
  description = "SSH jump host"
  vpc_id      = aws_vpc.this.id

  ingress {
    description = "SSH from admin networks"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }

  tags = var.tags
}

resource "aws_security_group_rule" "bastion_egress" {
  type              = "egress"
  description       = "Bastion reaches the private subnets"
  security_group_id = aws_security_group.bastion.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.cidr]
}

module "endpoints_sg" {
  source = "../security_group"

  name   = "${var.name}-endpoints"
  vpc_id = aws_vpc.this.id
  ingress = [{
    port        = 443
    cidr_blocks = [var.cidr]
    description = "HTTPS to VPC endpoints"
  }]
  open_egress = false
  tags        = var.tags
}
`

const networkVariablesTF = `variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

variable "public_subnets" {
  type    = bool
  default = false
}

variable "flow_logs" {
  type    = bool
  default = true
}

variable "flow_log_role_arn" {
  type    = string
  default = null
}

variable "admin_cidrs" {
  type = list(string)
}

variable "tags" {
  type    = map(string)
  default = {}
}
`

const networkOutputsTF = `output "vpc_id" {
  value = aws_vpc.this.id
}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "public_subnet_ids" {
  value = aws_subnet.public[*].id
}

output "bastion_security_group_id" {
  value = aws_security_group.bastion.id
}

output "endpoints_security_group_id" {
  value = module.endpoints_sg.security_group_id
}
`
