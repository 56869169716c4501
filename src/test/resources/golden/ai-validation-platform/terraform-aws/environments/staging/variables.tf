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

variable "main_database_host" {
  description = "Host name of database:main (provisioned outside this configuration; see README)"
  type        = string
}

variable "main_database_name" {
  description = "Database name of database:main (provisioned outside this configuration; see README)"
  type        = string
}

variable "main_database_secret_arn" {
  description = "ARN of the credentials secret of database:main (provisioned outside this configuration; see README)"
  type        = string
}

variable "main_database_port" {
  description = "Port of database:main (provisioned outside this configuration; see README)"
  type        = number
}

variable "queue_cache_host" {
  description = "Host name of cache:queue (provisioned outside this configuration; see README)"
  type        = string
}

variable "queue_cache_port" {
  description = "Port of cache:queue (provisioned outside this configuration; see README)"
  type        = number
}
