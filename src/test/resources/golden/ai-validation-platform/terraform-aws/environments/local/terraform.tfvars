environment = "local"
region      = "us-east-1"
