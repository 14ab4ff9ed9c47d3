terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_instance" "sync" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  user_data = join("\n", [ # plumb-test:expect
    "#!/bin/bash",
    "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "aws s3 sync s3://example-config /etc/app",
  ])
}

resource "aws_launch_template" "sync" {
  name_prefix   = "sync-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  user_data = base64encode( # plumb-test:expect
    <<-USERDATA
    [default]
    aws_access_key_id = AKIAI44QH8DHBEXAMPLE
    aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
    USERDATA
  )
}
