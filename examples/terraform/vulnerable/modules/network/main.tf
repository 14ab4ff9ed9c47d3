variable "name" { type = string }
variable "admin_cidrs" { type = list(string) }

resource "aws_security_group" "admin" {
  name        = "${var.name}-admin"
  description = "Administrative access"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.admin.id
  description       = "SSH for administrators"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
  cidr_ipv4         = var.admin_cidrs[0]
}
