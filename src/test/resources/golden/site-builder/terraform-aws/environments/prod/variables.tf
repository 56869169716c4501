variable "environment" {
  description = "Name of the environment."
  type        = string
}

variable "region" {
  description = "AWS region of the environment."
  type        = string
}

variable "source_root" {
  description = "Directory the spec's function `source` paths are relative to (the folder holding forge.yaml), relative to this directory."
  type        = string
}

variable "create_github_oidc_provider" {
  description = "Create GitHub's OIDC provider (false when the account has one, e.g. a second environment in the same account)."
  type        = bool
}

variable "state_bucket" {
  description = "S3 bucket of the Terraform state (as in backend.hcl)."
  type        = string
}

variable "cognito_user_pool_arn" {
  description = "ARN of the Cognito user pool that signs in the users of the REST APIs (bring your own pool)."
  type        = string
}

variable "function_artifact_bucket" {
  description = "An existing S3 bucket (in this region) for the zips CI uploads (under functions/); null creates site-builder-prod-ci-artifacts-<account>."
  type        = string
  default     = null
}
