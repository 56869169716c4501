variable "environment" {
  description = "Name of the environment."
  type        = string
}

variable "region" {
  description = "AWS region of the environment."
  type        = string
}

variable "assets_cdn_certificate_arn" {
  description = "ACM certificate (in us-east-1) for static.example.com."
  type        = string
}
