variable "project" {
  description = "Google Cloud project ID of this environment."
  type        = string
}

variable "region" {
  description = "Region of this environment's resources."
  type        = string
}
