variable "name" {
  description = "Name of the service (task family, roles and log group are named after it)."
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

variable "health_check" {
  description = "The container's own health check, in the task definition's shape: a command run inside it ([\"CMD\", ...]) and its timing in seconds (null: none; ECS ignores an image's HEALTHCHECK, so a service no load balancer checks would be restarted only when it exits)."
  type = object({
    command     = list(string)
    interval    = number
    timeout     = number
    retries     = number
    startPeriod = number
  })
  default = null

  validation {
    condition     = (var.health_check == null) || try(var.health_check.command[0] == "CMD", false)
    error_message = "health_check.command must start with \"CMD\" (exec form)."
  }
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "cluster_arn" {
  description = "ARN of the ECS cluster (module ecs_cluster)."
  type        = string
}

variable "cluster_name" {
  description = "Name of the ECS cluster."
  type        = string
}

variable "port" {
  description = "Port the container listens on."
  type        = number
}

variable "subnet_ids" {
  description = "Private subnets the tasks run in (no public IP)."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Security groups of the tasks (module network)."
  type        = list(string)
}

variable "desired_count" {
  description = "Tasks at creation (autoscaling moves it afterwards)."
  type        = number
  default     = 1
}

variable "target_group_arn" {
  description = "Target group the tasks register in (null: no load balancer)."
  type        = string
  default     = null
}

variable "health_check_grace_period_seconds" {
  description = "Seconds after a task starts before failing load balancer health checks count."
  type        = number
  default     = 30
}

variable "deployment" {
  description = "rolling or blue-green (ECS's own strategy: a green target group and the production listener rule ECS moves; both with circuit breaker and rollback)."
  type        = string
  default     = "rolling"

  validation {
    condition     = contains(["rolling", "blue-green"], var.deployment)
    error_message = "deployment must be rolling or blue-green."
  }

  validation {
    condition     = (var.deployment == "rolling") || (((var.target_group_arn != null) && (var.green_target_group_arn != null)) && (var.production_listener_rule_arn != null))
    error_message = "blue-green needs target_group_arn, green_target_group_arn and production_listener_rule_arn."
  }
}

variable "ci_deploys_image" {
  description = "CI rolls out new images (a service whose image it builds): Terraform creates the service and registers task definition revisions, and leaves the service's task definition to CI, whose next rollout starts from the newest revision."
  type        = bool
  default     = false
}

variable "enable_execute_command" {
  description = "ECS Exec (a shell into running tasks)."
  type        = bool
  default     = false
}

variable "discovery_namespace_id" {
  description = "Private DNS namespace (AWS Cloud Map) to register the tasks in, with discovery_name."
  type        = string
  default     = null
}

variable "discovery_name" {
  description = "Name of the service in the namespace (null: not registered)."
  type        = string
  default     = null

  validation {
    condition     = (var.discovery_name == null) || ((var.deployment == "rolling") && (var.discovery_namespace_id != null))
    error_message = "discovery_name needs discovery_namespace_id and a rolling deployment (a blue-green service's new tasks take traffic when ECS moves its listener rule, not when they register)."
  }
}

variable "min_capacity" {
  description = "Fewest tasks (null: no autoscaling, desired_count stays)."
  type        = number
  default     = null
}

variable "max_capacity" {
  description = "Most tasks."
  type        = number
  default     = null
}

variable "cpu_target" {
  description = "Average CPU use (percent) autoscaling keeps."
  type        = number
  default     = 70
}

variable "memory_target" {
  description = "Average memory use (percent) autoscaling keeps (null: none)."
  type        = number
  default     = null
}

variable "requests_per_target" {
  description = "Load balancer requests per task per minute autoscaling keeps (null: none)."
  type        = number
  default     = null
}

variable "request_count_resource_label" {
  description = "app/<lb>/<id>/targetgroup/<tg>/<id> of the target group, for request tracking."
  type        = string
  default     = null
}

variable "scaling_schedules" {
  description = "Scheduled changes of the bounds by name: cron(...) expression, time zone, min and max."
  type = map(object({
    schedule = string
    timezone = string
    min      = number
    max      = number
  }))
  default = {}
}

variable "green_target_group_arn" {
  description = "Blue-green: the alternate target group a new revision starts in (module load_balancer, green_target_group_arns)."
  type        = string
  default     = null
}

variable "production_listener_rule_arn" {
  description = "Blue-green: the listener rule whose traffic ECS moves between the two target groups (module load_balancer, production_listener_rule_arns)."
  type        = string
  default     = null
}
