# Set per environment.
encrypt = false
