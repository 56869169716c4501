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

variable "jwt_authorizer" {
  description = "JWT authorizer (issuer URL and audiences) for routes marked authorized; null for none."
  type = object({
    issuer   = string
    audience = list(string)
  })
  default = null
}

variable "authorization_scopes" {
  description = "OAuth scopes authorized routes require."
  type        = list(string)
  default     = []
}

variable "cors" {
  description = "CORS configuration; null for none."
  type = object({
    allow_origins     = list(string)
    allow_methods     = list(string)
    allow_headers     = list(string)
    allow_credentials = bool
    max_age           = number
  })
  default = null
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
