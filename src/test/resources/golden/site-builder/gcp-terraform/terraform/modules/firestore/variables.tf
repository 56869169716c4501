variable "name" {
  description = "Database ID."
  type        = string
}

variable "location" {
  description = "Region of the database."
  type        = string
}

variable "pitr" {
  description = "Point-in-time recovery (7 days)."
  type        = bool
}

variable "delete_protection" {
  description = "Refuse to delete the database."
  type        = bool
}

variable "ttl_field" {
  description = "Field holding each document's expiry time (null: no TTL)."
  type        = string
  default     = null
}

variable "collection" {
  description = "Collection the table's documents live in (the TTL policy's collection)."
  type        = string
}
