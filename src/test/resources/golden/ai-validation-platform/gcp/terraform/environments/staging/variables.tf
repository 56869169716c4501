variable "billing_account" {
  description = "Cloud Billing account ID the budget belongs to (XXXXXX-XXXXXX-XXXXXX)."
  type        = string
}

variable "project" {
  description = "Google Cloud project ID of this environment."
  type        = string
}

variable "region" {
  description = "Region of this environment's resources."
  type        = string
}
