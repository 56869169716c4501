variable "bucket_name" {
  description = "Globally unique name of the bucket."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "bucket_name must be 3-63 lowercase letters, digits, dots or hyphens."
  }
}

variable "force_destroy" {
  description = "Allow destroying the bucket while it holds objects."
  type        = bool
  default     = false
}

variable "versioning" {
  description = "Keep every version of every object."
  type        = bool
  default     = true
}

variable "encryption" {
  description = "managed (SSE-S3), kms (AWS-managed key) or customer-kms (a new key)."
  type        = string
  default     = "managed"

  validation {
    condition     = contains(["managed", "kms", "customer-kms"], var.encryption)
    error_message = "encryption must be managed, kms or customer-kms."
  }
}

variable "cors_rules" {
  description = "CORS rules."
  type = list(object({
    allowed_origins = list(string)
    allowed_methods = list(string)
    allowed_headers = list(string)
    max_age_seconds = number
  }))
  default = []
}

variable "lifecycle_rules" {
  description = "Lifecycle rules (expiry, noncurrent expiry, one transition, multipart clean-up)."
  type = list(object({
    id                           = string
    prefix                       = string
    expiration_days              = optional(number)
    noncurrent_expiration_days   = optional(number)
    transition_days              = optional(number)
    transition_storage_class     = optional(string)
    abort_incomplete_upload_days = optional(number, 7)
  }))
  default = []
}

variable "replica_bucket_name" {
  description = "Name of the replica bucket in the aws.replica region (null: no replication)."
  type        = string
  default     = null

  validation {
    condition     = (var.replica_bucket_name == null) || var.versioning
    error_message = "replication needs versioning."
  }
}

variable "replica_storage_class" {
  description = "Storage class of replicas."
  type        = string
  default     = "STANDARD"
}

variable "cdn_enabled" {
  description = "Put a CloudFront distribution in front (origin access control)."
  type        = bool
  default     = false
}

variable "cdn_default_root_object" {
  description = "Object served for the root path."
  type        = string
  default     = "index.html"
}

variable "cdn_aliases" {
  description = "Custom domain names of the distribution."
  type        = list(string)
  default     = []
}

variable "cdn_certificate_arn" {
  description = "ACM certificate (us-east-1) for cdn_aliases (null: CloudFront's)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
