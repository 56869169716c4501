variable "name" {
  description = "Name of the queue (without .fifo)."
  type        = string
}

variable "fifo" {
  description = "First-in-first-out queue."
  type        = bool
  default     = false
}

variable "visibility_timeout_seconds" {
  description = "How long a received message stays hidden (0-43200)."
  type        = number
  default     = 30

  validation {
    condition     = (var.visibility_timeout_seconds >= 0) && (var.visibility_timeout_seconds <= 43200)
    error_message = "visibility_timeout_seconds must be 0-43200."
  }
}

variable "message_retention_seconds" {
  description = "How long messages are kept (60-1209600)."
  type        = number
  default     = 345600

  validation {
    condition     = (var.message_retention_seconds >= 60) && (var.message_retention_seconds <= 1209600)
    error_message = "message_retention_seconds must be 60-1209600."
  }
}

variable "max_receive_count" {
  description = "Receives before a message moves to the dead-letter queue."
  type        = number
  default     = 5
}

variable "encryption" {
  description = "managed (SQS keys), kms (AWS-managed key) or customer-kms (a new key)."
  type        = string
  default     = "managed"

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
