variable "replication_group_id" {
  description = "ID of the replication group (also names its users, subnet, parameter and user groups)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,39}$", var.replication_group_id))
    error_message = "replication_group_id must be 1-40 lowercase letters, digits and '-', starting with a letter."
  }
}

variable "description" {
  description = "What the cache is for."
  type        = string
}

variable "engine" {
  description = "redis (Redis OSS) or valkey."
  type        = string
  default     = "redis"

  validation {
    condition     = contains(["redis", "valkey"], var.engine)
    error_message = "engine must be redis or valkey."
  }
}

variable "engine_version" {
  description = "Engine version (7.0 or later: IAM authentication needs it)."
  type        = string

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+$", var.engine_version)) && (try(tonumber(split(".", var.engine_version)[0]), 0) >= 7)
    error_message = "engine_version must be major.minor, 7.0 or later (IAM authentication needs Redis OSS 7 or Valkey 7.2)."
  }
}

variable "node_type" {
  description = "Node type, e.g. cache.t4g.micro."
  type        = string
}

variable "num_cache_clusters" {
  description = "Nodes: a primary and replicas (1-6)."
  type        = number
  default     = 1

  validation {
    condition     = (var.num_cache_clusters >= 1) && (var.num_cache_clusters <= 6)
    error_message = "num_cache_clusters must be 1-6."
  }
}

variable "multi_az" {
  description = "Automatic failover to a replica in another zone (needs 2 nodes or more)."
  type        = bool
  default     = false

  validation {
    condition     = !var.multi_az || (var.num_cache_clusters >= 2)
    error_message = "multi_az needs num_cache_clusters of 2 or more (a replica to fail over to)."
  }
}

variable "snapshot_retention_limit" {
  description = "Days daily snapshots are kept (0-35)."
  type        = number
  default     = 1

  validation {
    condition     = (var.snapshot_retention_limit >= 0) && (var.snapshot_retention_limit <= 35)
    error_message = "snapshot_retention_limit must be 0-35 days."
  }
}

variable "final_snapshot" {
  description = "Take a final snapshot (<id>-final) when the group is deleted."
  type        = bool
  default     = false
}

variable "maxmemory_policy" {
  description = "Eviction policy when memory is full (noeviction for queues such as BullMQ, which must not lose keys)."
  type        = string
  default     = "volatile-lru"
}

variable "access_string" {
  description = "Redis ACL of the IAM-authenticated user."
  type        = string
  default     = "on ~* +@all"
}

variable "subnet_ids" {
  description = "Isolated data subnets (no route to the internet)."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the cache (ingress only from its users)."
  type        = list(string)
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
