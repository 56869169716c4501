variable "name" {
  description = "Name of the job (task family, roles and log group are named after it)."
  type        = string

  validation {
    condition     = length(var.name) <= 52
    error_message = "name must be at most 52 characters (role names add -execution and are limited to 64)."
  }
}

variable "image" {
  description = "Image the container runs (repository:tag or @digest)."
  type        = string
}

variable "cpu" {
  description = "CPU units of the task (1024 = 1 vCPU); a Fargate size with memory."
  type        = number

  validation {
    condition     = contains([256, 512, 1024, 2048, 4096, 8192, 16384], var.cpu)
    error_message = "cpu must be a Fargate CPU size: 256, 512, 1024, 2048, 4096, 8192 or 16384."
  }
}

variable "memory" {
  description = "Memory of the task in MiB; a Fargate size with cpu (FORGE-ECS-001 checks the pair before synth)."
  type        = number
}

variable "architecture" {
  description = "ARM64 (Graviton: cheaper per vCPU-hour) or X86_64."
  type        = string
  default     = "ARM64"

  validation {
    condition     = contains(["ARM64", "X86_64"], var.architecture)
    error_message = "architecture must be ARM64 or X86_64."
  }
}

variable "command" {
  description = "Command instead of the image's default (null: the image's)."
  type        = list(string)
  default     = null
}

variable "environment" {
  description = "Plain environment variables (never secret values)."
  type        = map(string)
  default     = {}
}

variable "secrets" {
  description = "Variables injected from Secrets Manager or SSM at start, by name: the secret or parameter ARN (a JSON key of a secret: ARN:key::). The execution role must may read them."
  type        = map(string)
  default     = {}
}

variable "user" {
  description = "Numeric user (and group) the container runs as."
  type        = string
  default     = "10001:10001"

  validation {
    condition     = can(regex("^[1-9][0-9]*(:[0-9]+)?$", var.user))
    error_message = "user must be a numeric, non-root uid (optionally :gid)."
  }
}

variable "log_retention_in_days" {
  description = "Days CloudWatch keeps the logs."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_in_days)
    error_message = "log_retention_in_days must be a retention CloudWatch Logs offers."
  }
}

variable "task_statements" {
  description = "Statements of the task role (what the code may do)."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []

  validation {
    condition     = alltrue([for s in var.task_statements : alltrue([for a in s.actions : (a != "*") && can(regex("^[a-z0-9-]+:[A-Za-z0-9]+$", a))])])
    error_message = "Every action must be one exact service:Action (no \"*\")."
  }
}

variable "execution_statements" {
  description = "Extra statements of the execution role (pulling a private image, reading the secrets injected); writing its own logs is always granted."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []

  validation {
    condition     = alltrue([for s in var.execution_statements : alltrue([for a in s.actions : (a != "*") && can(regex("^[a-z0-9-]+:[A-Za-z0-9]+$", a))])])
    error_message = "Every action must be one exact service:Action (no \"*\")."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "cluster_arn" {
  description = "ARN of the ECS cluster the schedule runs the job in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets the job runs in (no public IP)."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the job (module network)."
  type        = list(string)
}

variable "schedule_expression" {
  description = "cron(...) of EventBridge Scheduler (null: on demand only)."
  type        = string
  default     = null
}

variable "schedule_timezone" {
  description = "Time zone the schedule is read in."
  type        = string
  default     = "UTC"
}

variable "retries" {
  description = "Times the scheduler retries a run it could not start (0-185)."
  type        = number
  default     = 0
}
