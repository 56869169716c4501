variable "name" {
  description = "Name of the cluster."
  type        = string
}

variable "container_insights" {
  description = "enhanced (per-task and per-container metrics), enabled or disabled."
  type        = string
  default     = "enhanced"

  validation {
    condition     = contains(["enhanced", "enabled", "disabled"], var.container_insights)
    error_message = "container_insights must be enhanced, enabled or disabled."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "discovery_namespace" {
  description = "Name of the private DNS namespace (AWS Cloud Map) the services others call register in, e.g. prod.app.internal (null: none)."
  type        = string
  default     = null
}

variable "vpc_id" {
  description = "VPC of the private DNS namespace (with discovery_namespace)."
  type        = string
  default     = null
}
