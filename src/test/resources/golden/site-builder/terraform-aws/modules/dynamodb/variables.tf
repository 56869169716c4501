variable "name" {
  description = "Name of the table."
  type        = string
}

variable "hash_key" {
  description = "Partition key attribute."
  type        = string
}

variable "range_key" {
  description = "Sort key attribute (null for none)."
  type        = string
  default     = null
}

variable "attributes" {
  description = "Key attributes of the table and its indexes, with their types (S, N or B)."
  type = list(object({
    name = string
    type = string
  }))

  validation {
    condition     = alltrue([for a in var.attributes : contains(["S", "N", "B"], a.type)])
    error_message = "attribute types are S, N or B."
  }
}

variable "global_secondary_indexes" {
  description = "Global secondary indexes (projection_type ALL, KEYS_ONLY or INCLUDE)."
  type = list(object({
    name               = string
    hash_key           = string
    range_key          = optional(string)
    projection_type    = string
    non_key_attributes = optional(list(string), [])
  }))
  default = []
}

variable "ttl_attribute" {
  description = "Attribute holding each item's expiry (epoch seconds); null for none."
  type        = string
  default     = null
}

variable "stream_view_type" {
  description = "KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES; null for no stream."
  type        = string
  default     = null
}

variable "replica_regions" {
  description = "Regions of global-table replicas (needs stream NEW_AND_OLD_IMAGES)."
  type        = list(string)
  default     = []

  validation {
    condition     = (length(var.replica_regions) == 0) || (var.stream_view_type == "NEW_AND_OLD_IMAGES")
    error_message = "replica_regions need stream_view_type NEW_AND_OLD_IMAGES."
  }
}

variable "encryption" {
  description = "managed (AWS-owned key), kms (AWS-managed key) or customer-kms (a new key)."
  type        = string
  default     = "kms"

  validation {
    condition     = contains(["managed", "kms", "customer-kms"], var.encryption)
    error_message = "encryption must be managed, kms or customer-kms."
  }
}

variable "point_in_time_recovery" {
  description = "Continuous backups for 35 days (FORGE-DDB-002 requires them unless suppressed with a reason)."
  type        = bool
  default     = true
}

variable "deletion_protection" {
  description = "Refuse to delete the table."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
