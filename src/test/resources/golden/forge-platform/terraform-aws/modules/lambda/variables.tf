variable "function_name" {
  description = "Name of the function (also names its log group, DLQ and security group)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,60}$", var.function_name))
    error_message = "function_name must be 1-60 letters, digits, hyphens or underscores (the DLQ adds -dlq)."
  }
}

variable "description" {
  description = "What the function does."
  type        = string
  default     = ""
}

variable "role_arn" {
  description = "ARN of the execution role (module iam)."
  type        = string
}

variable "package_type" {
  description = "Zip (source_dir) or Image (image_uri)."
  type        = string
  default     = "Zip"

  validation {
    condition     = contains(["Zip", "Image"], var.package_type)
    error_message = "package_type must be Zip or Image."
  }
}

variable "runtime" {
  description = "Runtime of a zip function, e.g. python3.12."
  type        = string
  default     = null
}

variable "handler" {
  description = "Handler of a zip function, e.g. app.handler."
  type        = string
  default     = null
}

variable "source_dir" {
  description = "Directory zipped into the function's package (Zip only)."
  type        = string
  default     = null
}

variable "image_uri" {
  description = "ECR image URI (Image only)."
  type        = string
  default     = null
}

variable "architecture" {
  description = "Instruction set: arm64 (cheaper per millisecond) or x86_64."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture must be arm64 or x86_64."
  }
}

variable "memory_size" {
  description = "Memory in MiB (128-10240)."
  type        = number
  default     = 512

  validation {
    condition     = (var.memory_size >= 128) && (var.memory_size <= 10240)
    error_message = "memory_size must be between 128 and 10240 MiB."
  }
}

variable "timeout" {
  description = "Timeout in seconds (1-900)."
  type        = number
  default     = 30

  validation {
    condition     = (var.timeout >= 1) && (var.timeout <= 900)
    error_message = "timeout must be between 1 and 900 seconds."
  }
}

variable "environment_variables" {
  description = "Environment variables (never secret values: pass names or ARNs)."
  type        = map(string)
  default     = {}
}

variable "log_retention_in_days" {
  description = "Days CloudWatch keeps the function's logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_in_days)
    error_message = "log_retention_in_days must be a retention CloudWatch Logs offers."
  }
}

variable "tracing" {
  description = "Active X-Ray tracing."
  type        = bool
  default     = true
}

variable "create_dead_letter_queue" {
  description = "Send failed asynchronous invocations to an SQS dead-letter queue."
  type        = bool
  default     = true
}

variable "reserved_concurrency" {
  description = "Concurrency reserved for (and capping) the function; null for unreserved."
  type        = number
  default     = null
}

variable "provisioned_concurrency" {
  description = "Pre-warmed instances on the alias live (0 for none)."
  type        = number
  default     = 0

  validation {
    condition     = var.provisioned_concurrency >= 0
    error_message = "provisioned_concurrency must not be negative."
  }
}

variable "subnet_ids" {
  description = "Private subnets to run in (empty: no VPC)."
  type        = list(string)
  default     = []
}

variable "security_group_ids" {
  description = "Security groups of the function in the VPC (module network's, whose rules come from `uses:`)."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
