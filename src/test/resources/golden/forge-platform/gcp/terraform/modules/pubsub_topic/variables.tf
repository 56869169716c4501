variable "name" {
  description = "Name of the topic."
  type        = string
}
