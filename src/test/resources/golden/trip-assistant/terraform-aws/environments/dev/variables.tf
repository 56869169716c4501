variable "environment" {
  description = "Name of the environment."
  type        = string
}

variable "region" {
  description = "AWS region of the environment."
  type        = string
}

variable "image_tag" {
  description = "Image tag the first apply deploys (push it to ECR first); CI deploys later tags."
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

variable "openai_api_key" {
  description = "Value of secret openai-api-key (SSM SecureString). Set TF_VAR_openai_api_key from your secret store, never in a file, when creating the parameter or raising its version in secret_versions; null: the value is managed outside Terraform."
  type        = string
  default     = null
  sensitive   = true
  ephemeral   = true
}

variable "secret_versions" {
  description = "Version of each SecureString value; raise one (with its TF_VAR_ value set) to write a new value."
  type        = map(number)
  default     = {}
}
