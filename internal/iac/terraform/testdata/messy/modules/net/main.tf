variable "vpc_id" {}
variable "ports" { type = list(number) }

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

module "rules" {
  source = "./rules"
  sg_id  = aws_security_group.web.id
}
