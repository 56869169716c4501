variable "name" {
  description = "Name of the user pool and its app client."
  type        = string
}

variable "domain_prefix" {
  description = "Prefix of the hosted sign-in domain (<prefix>.auth.<region>.amazoncognito.com)."
  type        = string

  validation {
    condition     = length(regexall("aws|amazon|cognito", var.domain_prefix)) == 0
    error_message = "domain_prefix may not contain aws, amazon or cognito (reserved by Cognito)."
  }
}

variable "password_minimum_length" {
  description = "Minimum password length (8-99)."
  type        = number
  default     = 12

  validation {
    condition     = (var.password_minimum_length >= 8) && (var.password_minimum_length <= 99)
    error_message = "password_minimum_length must be 8-99."
  }
}

variable "mfa" {
  description = "Multi-factor sign-in: OFF, OPTIONAL or ON (required)."
  type        = string
  default     = "OPTIONAL"

  validation {
    condition     = contains(["OFF", "OPTIONAL", "ON"], var.mfa)
    error_message = "mfa must be OFF, OPTIONAL or ON."
  }
}

variable "callback_urls" {
  description = "Where the hosted sign-in may return users; none: no OAuth flows."
  type        = list(string)
  default     = []
}

variable "logout_urls" {
  description = "Where the hosted sign-out may return users."
  type        = list(string)
  default     = []
}

variable "deletion_protection" {
  description = "Refuse to delete the pool (and its users)."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
