# terraform init -backend-config=backend.hcl (the bucket is created once, by hand: see README.md)
bucket = "site-builder-tfstate-prod"
prefix = "terraform/prod"
