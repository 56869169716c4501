# Partial configuration: the bucket and lock table come from backend.hcl
# (terraform init -backend-config=backend.hcl). See ../../README.md for the bootstrap.
terraform {
  backend "s3" {
    key     = "forge-platform/dev/terraform.tfstate"
    region  = "us-east-1"
    encrypt = true
  }
}
