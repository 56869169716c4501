environment = "staging"
region      = "us-east-1"
image_tag   = "bootstrap"
