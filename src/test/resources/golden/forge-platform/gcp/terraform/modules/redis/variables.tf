variable "name" {
  description = "Name of the instance."
  type        = string
}

variable "region" {
  description = "Region of the instance."
  type        = string
}

variable "tier" {
  description = "BASIC or STANDARD_HA."
  type        = string
}

variable "memory_size_gb" {
  description = "Memory in GB."
  type        = number
}

variable "redis_version" {
  description = "Engine version, e.g. REDIS_7_2."
  type        = string
}

variable "replica_count" {
  description = "Read replicas (STANDARD_HA only)."
  type        = number
  default     = null
}

variable "snapshots" {
  description = "Whether RDB snapshots are taken (every 24 hours)."
  type        = bool
  default     = false
}

variable "network_id" {
  description = "The VPC the instance is reached from."
  type        = string
}

variable "private_services_connection" {
  description = "The private services peering (the instance waits for it)."
  type        = string
}
