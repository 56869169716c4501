variable "billing_account" {
  description = "Billing account ID the budget belongs to."
  type        = string
}

variable "name" {
  description = "Display name."
  type        = string
}

variable "amount" {
  description = "Monthly amount in US dollars."
  type        = number
}

variable "emails" {
  description = "Addresses alerted."
  type        = list(string)
}
