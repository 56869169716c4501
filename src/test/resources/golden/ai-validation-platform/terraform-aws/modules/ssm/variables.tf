variable "parameters" {
  description = "Plain parameters by key: path name, description, value."
  type = map(object({
    name        = string
    description = string
    value       = string
  }))
  default = {}
}

variable "unset_parameters" {
  description = "Plain parameters whose value is set by hand, by key."
  type = map(object({
    name        = string
    description = string
  }))
  default = {}
}

variable "secure_parameters" {
  description = "SecureString parameters by key: path name, description."
  type = map(object({
    name        = string
    description = string
  }))
  default = {}
}

variable "secure_values" {
  description = "Values of the secure parameters by key (set TF_VAR_..., never a tfvars file); a missing or null value is managed outside Terraform."
  type        = map(string)
  default     = {}
  sensitive   = true
  ephemeral   = true
}

variable "secure_value_versions" {
  description = "Version of each secure value; raise it to write a new value."
  type        = map(number)
  default     = {}
}

variable "kms_key_id" {
  description = "KMS key of the SecureStrings (null: the AWS-managed aws/ssm key)."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
