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

variable "assets_cdn_certificate_arn" {
  description = "ACM certificate (in us-east-1) for static.example.com."
  type        = string
}
