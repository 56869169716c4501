environment = "staging"
region      = "us-east-1"
