variable "name" {
  description = "Bucket name (global)."
  type        = string
}

variable "location" {
  description = "Region of the bucket."
  type        = string
}

variable "versioning" {
  description = "Keep every version of every object."
  type        = bool
  default     = true
}

variable "force_destroy" {
  description = "Whether Terraform may delete the bucket while it holds objects."
  type        = bool
  default     = false
}

variable "cmek" {
  description = "Encrypt with a customer-managed Cloud KMS key created here."
  type        = bool
  default     = false
}

variable "cors" {
  description = "Cross-origin rules."
  type = list(object({
    origins = list(string)
    methods = list(string)
    headers = list(string)
    max_age = number
  }))
  default = []
}

variable "lifecycle_rules" {
  description = "Lifecycle rules (Delete, SetStorageClass, AbortIncompleteMultipartUpload)."
  type = list(object({
    action                     = string
    storage_class              = optional(string)
    age                        = optional(number)
    days_since_noncurrent_time = optional(number)
    with_state                 = optional(string)
    prefixes                   = optional(list(string))
  }))
  default = []
}
