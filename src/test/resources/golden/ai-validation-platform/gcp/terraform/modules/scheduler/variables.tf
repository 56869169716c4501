variable "project" {
  description = "Project of the Cloud Run job."
  type        = string
}

variable "region" {
  description = "Region of the scheduler and the Cloud Run job."
  type        = string
}

variable "name" {
  description = "Name of the scheduler job."
  type        = string
}

variable "job_name" {
  description = "Name of the Cloud Run job it runs."
  type        = string
}

variable "schedule" {
  description = "Five-field cron."
  type        = string
}

variable "time_zone" {
  description = "Time zone the schedule is read in."
  type        = string
}

variable "retry_count" {
  description = "Attempts retried when the run request fails."
  type        = number
}

variable "invoker_email" {
  description = "Service account whose token calls the Cloud Run API."
  type        = string
}
