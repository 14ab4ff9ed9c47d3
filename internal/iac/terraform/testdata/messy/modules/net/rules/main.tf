variable "sg_id" {}

resource "aws_security_group_rule" "db" {
  type              = "ingress"
  security_group_id = var.sg_id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
