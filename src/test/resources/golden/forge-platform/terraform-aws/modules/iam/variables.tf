variable "name" {
  description = "Name of the role."
  type        = string

  validation {
    condition     = length(var.name) <= 64
    error_message = "name must be at most 64 characters."
  }
}

variable "description" {
  description = "What the role is for."
  type        = string
  default     = ""
}

variable "trusted_service" {
  description = "Service principal allowed to assume the role."
  type        = string
  default     = "lambda.amazonaws.com"
}

variable "statements" {
  description = "Allow statements: sid, exact actions, exact resource ARNs."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))

  validation {
    condition     = alltrue([for s in var.statements : alltrue([for a in s.actions : (a != "*") && can(regex("^[a-z0-9-]+:[A-Za-z0-9]+$", a))])])
    error_message = "Every action must be one exact service:Action (no \"*\")."
  }
}

variable "conditional_statements" {
  description = "Allow statements with an IAM condition block."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
    condition = map(map(list(string)))
  }))
  default = []

  validation {
    condition     = alltrue([for s in var.conditional_statements : alltrue([for a in s.actions : (a != "*") && can(regex("^[a-z0-9-]+:[A-Za-z0-9]+$", a))])])
    error_message = "Every action must be one exact service:Action (no \"*\")."
  }
}

variable "permissions_boundary" {
  description = "ARN of a permissions boundary policy (null for none)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
