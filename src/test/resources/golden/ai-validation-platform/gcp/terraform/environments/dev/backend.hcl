# terraform init -backend-config=backend.hcl (the bucket is created once, by hand: see README.md)
bucket = "ai-validation-platform-tfstate-dev"
prefix = "terraform/dev"
