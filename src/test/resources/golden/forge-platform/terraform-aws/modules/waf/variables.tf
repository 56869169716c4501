variable "name" {
  description = "Prefix of the web ACL and its metric names."
  type        = string
}

variable "resource_arn" {
  description = "ARN of the resource the web ACL protects (an application load balancer)."
  type        = string
}

variable "waf_rate_limit" {
  description = "Requests per client IP in 5 minutes above which the web ACL blocks the client."
  type        = number
  default     = 2000

  validation {
    condition     = var.waf_rate_limit >= 10
    error_message = "waf_rate_limit must be at least 10 (the WAFv2 minimum)."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
