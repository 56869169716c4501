variable "name" {
  description = "Name of the topic (without .fifo)."
  type        = string
}

variable "fifo" {
  description = "First-in-first-out topic."
  type        = bool
  default     = false
}

variable "encryption" {
  description = "managed or kms (the AWS-managed aws/sns key: SNS has no service-owned key) or customer-kms (a new key)."
  type        = string
  default     = "kms"

  validation {
    condition     = contains(["managed", "kms", "customer-kms"], var.encryption)
    error_message = "encryption must be managed, kms or customer-kms."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
