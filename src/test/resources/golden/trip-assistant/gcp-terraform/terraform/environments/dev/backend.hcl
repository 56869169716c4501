# terraform init -backend-config=backend.hcl (the bucket is created once, by hand: see README.md)
bucket = "trip-assistant-tfstate-dev"
prefix = "terraform/dev"
