# Partial configuration: the bucket and lock table come from backend.hcl
# (terraform init -backend-config=backend.hcl). See ../../README.md for the bootstrap.
terraform {
  backend "s3" {
    key     = "site-builder/prod/terraform.tfstate"
    region  = "af-south-1"
    encrypt = true
  }
}
