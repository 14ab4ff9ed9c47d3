instance_type = "t3.micro"

public_ip = true
