variable "project" {
  description = "Project of the pool and the deployer."
  type        = string
}

variable "pool_id" {
  description = "Workload identity pool ID (4-32 characters)."
  type        = string
}

variable "repository" {
  description = "owner/name of the GitHub repository."
  type        = string
}

variable "attribute_condition" {
  description = "CEL condition every token must meet."
  type        = string
}

variable "deployer_account_id" {
  description = "Account ID of the deployer service account."
  type        = string
}

variable "artifact_repository" {
  description = "Artifact Registry repository ID the deployer pushes to (null: none)."
  type        = string
  default     = null
}

variable "artifact_location" {
  description = "Region of that repository."
  type        = string
  default     = null
}

variable "runtime_service_accounts" {
  description = "Runtime service accounts (resource names) the deployer may act as when deploying, by workload."
  type        = map(string)
  default     = {}
}
