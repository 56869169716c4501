variable "name" {
  description = "Name of the instance."
  type        = string
}

variable "region" {
  description = "Region of the instance."
  type        = string
}

variable "database_version" {
  description = "Engine, e.g. POSTGRES_16."
  type        = string
}

variable "tier" {
  description = "Machine tier, e.g. db-custom-1-3840."
  type        = string
}

variable "disk_size" {
  description = "Disk size in GB."
  type        = number
}

variable "disk_autoresize_limit" {
  description = "Ceiling of automatic disk growth in GB (0: no growth)."
  type        = number
  default     = 0
}

variable "availability_type" {
  description = "REGIONAL (a standby in another zone) or ZONAL."
  type        = string
}

variable "retained_backups" {
  description = "Daily backups kept."
  type        = number
}

variable "log_retention_days" {
  description = "Days of transaction logs kept for point-in-time recovery (1-7)."
  type        = number
}

variable "deletion_protection" {
  description = "Refuse to delete the instance (in Terraform and in Google Cloud)."
  type        = bool
}

variable "iam_authentication" {
  description = "Also accept IAM database authentication."
  type        = bool
  default     = false
}

variable "network_id" {
  description = "The VPC the private IP is in."
  type        = string
}

variable "private_services_connection" {
  description = "The private services peering (the instance waits for it)."
  type        = string
}

variable "database_name" {
  description = "Database created inside."
  type        = string
}

variable "user_name" {
  description = "The app's database user."
  type        = string
}

variable "password_version" {
  description = "Bump to generate and write a new password (rotation)."
  type        = number
  default     = 1
}
