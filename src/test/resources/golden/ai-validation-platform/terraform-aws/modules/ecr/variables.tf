variable "repositories" {
  description = "Repository names by key."
  type        = map(string)
}

variable "keep_images" {
  description = "Images kept per repository."
  type        = number
  default     = 10
}

variable "force_delete" {
  description = "Delete repositories that still hold images."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
