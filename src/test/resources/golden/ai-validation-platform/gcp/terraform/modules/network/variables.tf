variable "name" {
  description = "Name of the network and its subnet."
  type        = string
}

variable "region" {
  description = "Region of the subnet."
  type        = string
}

variable "cidr" {
  description = "Address range of the network; the subnet takes its first /20 (cidrsubnet 4, 0)."
  type        = string
}

variable "nat" {
  description = "Whether Cloud NAT gives the subnet outbound internet access."
  type        = bool
  default     = false
}
