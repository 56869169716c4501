# terraform init -backend-config=backend.hcl (the bucket is created once, by hand: see README.md)
bucket = "ai-validation-platform-tfstate-local"
prefix = "terraform/local"
