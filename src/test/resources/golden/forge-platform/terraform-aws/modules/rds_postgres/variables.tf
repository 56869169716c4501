variable "identifier" {
  description = "Identifier of the instance (also names its subnet and parameter groups)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,62}$", var.identifier))
    error_message = "identifier must be 1-63 lowercase letters, digits and '-', starting with a letter."
  }
}

variable "engine_version" {
  description = "PostgreSQL version: a major version (16: RDS picks the minor, and minor upgrades apply automatically) or major.minor."
  type        = string

  validation {
    condition     = can(regex("^1[1-9](\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must be a PostgreSQL major version 11-19, optionally with a minor version."
  }
}

variable "instance_class" {
  description = "Instance class, e.g. db.t4g.micro."
  type        = string
}

variable "database_name" {
  description = "Name of the database created in the instance."
  type        = string
}

variable "master_username" {
  description = "Master user name (its password is RDS's, in Secrets Manager)."
  type        = string
  default     = "dbadmin"
}

variable "allocated_storage" {
  description = "Storage in GiB (at least 20)."
  type        = number

  validation {
    condition     = var.allocated_storage >= 20
    error_message = "allocated_storage must be at least 20 GiB."
  }
}

variable "max_allocated_storage" {
  description = "Storage autoscaling ceiling in GiB (null: no autoscaling)."
  type        = number
  default     = null

  validation {
    condition     = (var.max_allocated_storage == null) || (coalesce(var.max_allocated_storage, 0) > var.allocated_storage)
    error_message = "max_allocated_storage must be greater than allocated_storage (or null for no autoscaling)."
  }
}

variable "subnet_ids" {
  description = "Isolated data subnets (no route to the internet), in two zones or more."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the instance (ingress only from its users)."
  type        = list(string)
}

variable "multi_az" {
  description = "A synchronous standby in another availability zone."
  type        = bool
  default     = false
}

variable "backup_retention_period" {
  description = "Days automated backups are kept (0-35)."
  type        = number
  default     = 7

  validation {
    condition     = (var.backup_retention_period >= 0) && (var.backup_retention_period <= 35)
    error_message = "backup_retention_period must be 0-35 days."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the instance."
  type        = bool
  default     = false
}

variable "final_snapshot" {
  description = "Take a final snapshot (<identifier>-final) when the instance is deleted."
  type        = bool
  default     = false
}

variable "iam_database_authentication" {
  description = "Also accept IAM authentication tokens (database users granted rds_iam)."
  type        = bool
  default     = false
}

variable "performance_insights" {
  description = "Performance Insights (7 days, free tier), encrypted with the key."
  type        = bool
  default     = true
}

variable "monitoring_interval" {
  description = "Enhanced monitoring interval in seconds (0 turns it off)."
  type        = number
  default     = 60

  validation {
    condition     = contains([0, 1, 5, 10, 15, 30, 60], var.monitoring_interval)
    error_message = "monitoring_interval must be 0, 1, 5, 10, 15, 30 or 60."
  }
}

variable "log_min_duration_statement_ms" {
  description = "Log statements slower than this (ms; -1 logs none)."
  type        = number
  default     = 1000
}

variable "log_retention_in_days" {
  description = "Retention of the exported PostgreSQL logs."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
