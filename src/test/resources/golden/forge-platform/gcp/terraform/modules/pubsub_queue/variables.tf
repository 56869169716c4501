variable "name" {
  description = "Name of the topic and subscription."
  type        = string
}

variable "ack_deadline_seconds" {
  description = "How long a received message stays leased to its consumer (10-600)."
  type        = number
}

variable "message_retention_duration" {
  description = "How long unacknowledged messages are kept (at most 604800s)."
  type        = string
}

variable "max_delivery_attempts" {
  description = "Deliveries before a message moves to the dead-letter topic (5-100)."
  type        = number
}

variable "ordered" {
  description = "Ordered delivery and exactly-once delivery (the spec's fifo)."
  type        = bool
  default     = false
}
