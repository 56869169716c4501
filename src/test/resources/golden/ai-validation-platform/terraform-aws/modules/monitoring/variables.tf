variable "name" {
  description = "Prefix of the topic, alarm and dashboard names (app-env)."
  type        = string
}

variable "alert_emails" {
  description = "E-mail addresses subscribed to the alarm topic."
  type        = list(string)
  default     = []
}

variable "functions" {
  description = "Functions by key."
  type = map(object({
    function_name   = string
    timeout_seconds = number
  }))
  default = {}
}

variable "http_apis" {
  description = "HTTP API IDs by key."
  type        = map(string)
  default     = {}
}

variable "rest_apis" {
  description = "REST API names by key."
  type        = map(string)
  default     = {}
}

variable "tables" {
  description = "DynamoDB table names by key."
  type        = map(string)
  default     = {}
}

variable "dead_letter_queues" {
  description = "Dead-letter queue names by key."
  type        = map(string)
  default     = {}
}

variable "stream_functions" {
  description = "Names of the functions reading a table stream, by key."
  type        = map(string)
  default     = {}
}

variable "schedule_groups" {
  description = "EventBridge Scheduler groups holding the functions' schedules, by key."
  type        = map(string)
  default     = {}
}

variable "iterator_age_threshold_ms" {
  description = "Stream records older than this (ms) when read raise an alarm."
  type        = number
  default     = 60000
}

variable "error_threshold" {
  description = "Function errors in 5 minutes that raise an alarm."
  type        = number
  default     = 5
}

variable "duration_percent" {
  description = "Alarm when p99 duration passes this percentage of the timeout."
  type        = number
  default     = 90
}

variable "server_error_threshold" {
  description = "API 5xx responses in 5 minutes that raise an alarm."
  type        = number
  default     = 5
}

variable "latency_threshold_ms" {
  description = "API p99 latency (ms) that raises an alarm."
  type        = number
  default     = 3000
}

variable "create_alarms" {
  description = "Create the alarms."
  type        = bool
  default     = true
}

variable "create_dashboard" {
  description = "Create the dashboard."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}

variable "load_balancers" {
  description = "ARN suffixes of application load balancers (their LoadBalancer dimension), by key."
  type        = map(string)
  default     = {}
}

variable "target_groups" {
  description = "Target groups by key: the ARN suffixes of their load balancer and of the group."
  type = map(object({
    load_balancer = string
    target_group  = string
  }))
  default = {}
}

variable "ecs_services" {
  description = "ECS services by key: cluster and service name."
  type = map(object({
    cluster_name = string
    service_name = string
  }))
  default = {}
}

variable "databases" {
  description = "RDS instances by key: identifier, free storage (bytes) below which to alarm, and connections above which to alarm."
  type = map(object({
    instance_identifier = string
    free_storage_bytes  = number
    max_connections     = number
  }))
  default = {}
}

variable "cache_nodes" {
  description = "ElastiCache node IDs (CacheClusterId: <replication group>-00N), by key."
  type        = map(string)
  default     = {}
}

variable "cpu_percent" {
  description = "CPU use (%) of a service, database or cache that raises an alarm."
  type        = number
  default     = 80
}

variable "memory_percent" {
  description = "Memory use (%) of a service or cache that raises an alarm."
  type        = number
  default     = 80
}

variable "cache_evictions_threshold" {
  description = "Keys a cache node may evict in 5 minutes before an alarm (0: any eviction; queues such as BullMQ lose jobs when keys are evicted)."
  type        = number
  default     = 0
}
