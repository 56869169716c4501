# terraform init -backend-config=backend.hcl (the bucket is created once, by hand: see README.md)
bucket = "forge-platform-tfstate-prod"
prefix = "terraform/prod"
