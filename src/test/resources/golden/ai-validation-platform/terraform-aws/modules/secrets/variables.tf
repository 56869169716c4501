variable "secrets" {
  description = "Secrets by key: name and description."
  type = map(object({
    name        = string
    description = string
  }))
}

variable "kms_key_id" {
  description = "KMS key (null: the AWS-managed aws/secretsmanager key)."
  type        = string
  default     = null
}

variable "recovery_window_in_days" {
  description = "Days a deleted secret can be restored (0 or 7-30)."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
