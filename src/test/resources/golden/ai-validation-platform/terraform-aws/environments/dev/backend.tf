# Partial configuration: the bucket comes from backend.hcl (terraform init -backend-config=backend.hcl).
# The lock is an S3 lock file next to the state (use_lockfile). See ../../README.md for the bootstrap.
terraform {
  backend "s3" {
    key          = "ai-validation-platform/dev/terraform.tfstate"
    region       = "us-east-1"
    encrypt      = true
    use_lockfile = true
  }
}
