variable "name" {
  description = "Prefix of display names (app-env)."
  type        = string
}

variable "emails" {
  description = "Addresses alerted."
  type        = list(string)
  default     = []
}

variable "policies" {
  description = "Alert policies by a stable key: a metric filter, the aligner over 5 minutes, the threshold it must stay above for `duration`."
  type = map(object({
    display_name  = string
    filter        = string
    aligner       = string
    threshold     = number
    duration      = string
    documentation = string
  }))
}
