variable "project" {
  description = "Project the account lives in."
  type        = string
}

variable "account_id" {
  description = "Account ID (6-30 characters)."
  type        = string
}

variable "display_name" {
  description = "Shown in the console."
  type        = string
}

variable "runtime_roles" {
  description = "Project roles every workload holds (its own logs, metrics, traces)."
  type        = list(string)
  default     = []
}

variable "bindings" {
  description = "Roles by a stable key: on = bucket | secret | topic | subscription | project (with a condition)."
  type = map(object({
    on                   = string
    resource             = string
    role                 = string
    condition_title      = optional(string)
    condition_expression = optional(string)
  }))
  default = {}
}
