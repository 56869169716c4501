variable "name" {
  description = "Repository ID."
  type        = string
}

variable "location" {
  description = "Region of the repository."
  type        = string
}
