variable "name" {
  description = "Name of the load balancer (at most 32 characters)."
  type        = string

  validation {
    condition     = length(var.name) <= 32
    error_message = "name must be at most 32 characters."
  }
}

variable "vpc_id" {
  description = "VPC of the target groups."
  type        = string
}

variable "subnet_ids" {
  description = "Public subnets, in at least two availability zones."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the load balancer (module network: 443 and 80 from anywhere, out to the services' ports only)."
  type        = list(string)
}

variable "deletion_protection" {
  description = "Refuse to delete the load balancer (production)."
  type        = bool
  default     = true
}

variable "idle_timeout" {
  description = "Seconds an idle connection stays open."
  type        = number
  default     = 60
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "cors_origin" {
  description = "Origin allowed by CORS (null: no CORS headers)."
  type        = string
  default     = null
}

variable "cors_methods" {
  description = "Access-Control-Allow-Methods (comma-separated; null: none)."
  type        = string
  default     = null
}

variable "cors_headers" {
  description = "Access-Control-Allow-Headers (comma-separated; null: none)."
  type        = string
  default     = null
}

variable "cors_credentials" {
  description = "Access-Control-Allow-Credentials: true."
  type        = bool
  default     = false
}

variable "cors_max_age" {
  description = "Access-Control-Max-Age in seconds (null: none)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "services" {
  description = "Services behind the load balancer by name: port, target group names (green: blue-green only) and the health check."
  type = map(object({
    port                    = number
    target_group_name       = string
    green_target_group_name = optional(string)
    health_path             = string
    health_interval         = number
    health_timeout          = number
    healthy_threshold       = number
    unhealthy_threshold     = number
  }))
}

variable "rules" {
  description = "Listener rules: priority (lower first), the service, HTTP methods (empty: any) and path patterns."
  type = list(object({
    priority   = number
    service    = string
    methods    = list(string)
    paths      = list(string)
    blue_green = bool
  }))
}

variable "access_logs" {
  description = "Write an access log of every request to a bucket of its own."
  type        = bool
  default     = true
}

variable "access_log_bucket_name" {
  description = "Name of the access-log bucket."
  type        = string
  default     = null
}

variable "access_log_retention_days" {
  description = "Days access logs are kept."
  type        = number
  default     = 90
}

variable "elb_account_id" {
  description = "Elastic Load Balancing's account of the region (regions before August 2022); null: the log delivery service principal writes."
  type        = string
  default     = null
}

variable "force_destroy_logs" {
  description = "Delete the log bucket with its logs on destroy (not production)."
  type        = bool
  default     = false
}

variable "certificate_arn" {
  description = "ACM certificate of the HTTPS listener (null: requested here, which needs domain_name and zone_id)."
  type        = string
  default     = null
}

variable "domain_name" {
  description = "Domain the load balancer answers (null: its own DNS name)."
  type        = string
  default     = null
}

variable "zone_id" {
  description = "Route 53 hosted zone of domain_name: validates a new certificate and points the domain at the load balancer (null: DNS is managed elsewhere)."
  type        = string
  default     = null
}
