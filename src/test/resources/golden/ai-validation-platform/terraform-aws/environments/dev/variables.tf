variable "environment" {
  description = "Name of the environment."
  type        = string
}

variable "region" {
  description = "AWS region of the environment."
  type        = string
}

variable "image_tag" {
  description = "Image tag the first apply deploys (push it to ECR first); CI deploys later tags."
  type        = string
}

variable "assets_cdn_certificate_arn" {
  description = "ACM certificate (in us-east-1) for static.example.com."
  type        = string
}
