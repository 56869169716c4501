variable "name" {
  description = "Name of the API."
  type        = string
}

variable "description" {
  description = "What the API is for."
  type        = string
  default     = ""
}

variable "integrations" {
  description = "Lambda targets by key: alias invoke ARN, function name, alias name."
  type = map(object({
    invoke_arn    = string
    function_name = string
    qualifier     = string
  }))
}

variable "routes" {
  description = "Routes by route key (\"POST /items\" or \"$default\"): integration key, whether the authorizer applies, and the METHOD/path the Lambda permission allows."
  type = map(object({
    integration = string
    authorized  = bool
    source_path = string
  }))
}

variable "throttling_rate_limit" {
  description = "Steady requests per second."
  type        = number
  default     = 100
}

variable "throttling_burst_limit" {
  description = "Burst of requests above the rate."
  type        = number
  default     = 200
}

variable "access_logs" {
  description = "Write JSON access logs to CloudWatch."
  type        = bool
  default     = true
}

variable "log_retention_in_days" {
  description = "Days access logs are kept."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "resources" {
  description = "Path resources by full path (\"/items/{id}\"): depth, parent path (\"/\" at depth 1), last segment."
  type = map(object({
    depth     = number
    parent    = string
    path_part = string
  }))

  validation {
    condition     = alltrue([for r in values(var.resources) : r.depth <= 4])
    error_message = "paths may be at most 4 segments deep."
  }
}

variable "stage_name" {
  description = "Name of the stage."
  type        = string
  default     = "v1"
}

variable "cognito_user_pool_arn" {
  description = "Cognito user pool for routes marked authorized; null for none."
  type        = string
  default     = null
}

variable "authorization_scopes" {
  description = "OAuth scopes the Cognito authorizer requires on authorized routes (access tokens); empty for ID tokens."
  type        = list(string)
  default     = []
}

variable "cors" {
  description = "CORS preflight answers (comma-separated lists, credentials allowed, seconds browsers cache the answer); null for none."
  type = object({
    allow_origin      = string
    allow_methods     = string
    allow_headers     = string
    allow_credentials = bool
    max_age           = number
  })
  default = null
}

variable "cognito_authorizer" {
  description = "Whether the Cognito authorizer exists, when cognito_user_pool_arn is only known after apply (a pool created in the same configuration); null: whether that ARN is set."
  type        = bool
  default     = null
}

variable "waf" {
  description = "Put a WAFv2 web ACL in front of the stage (FORGE rule: production REST APIs have a firewall)."
  type        = bool
  default     = true
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

variable "domain_name" {
  description = "Custom domain name of the API (e.g. api.example.com); null for none."
  type        = string
  default     = null
}

variable "certificate_arn" {
  description = "ARN of the ACM certificate of domain_name, in the API's region (required with domain_name)."
  type        = string
  default     = null
}
