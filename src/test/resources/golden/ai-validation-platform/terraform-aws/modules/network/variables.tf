variable "name" {
  description = "Name of the network; prefixes its resources' names."
  type        = string
}

variable "cidr" {
  description = "Address range of the VPC (/16 to /22 when the module creates it), or of the existing VPC."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && (tonumber(split("/", var.cidr)[1]) <= 22)
    error_message = "cidr must be an IPv4 CIDR block from /16 to /22 (six zones of three subnet tiers need the room): widen network.cidr in forge.yaml."
  }
}

variable "zones" {
  description = "Availability zones the subnets span (2-6)."
  type        = number
  default     = 2

  validation {
    condition     = (var.zones >= 2) && (var.zones <= 6)
    error_message = "zones must be 2-6."
  }
}

variable "nat_gateways" {
  description = "none (private subnets reach AWS through the endpoints only), single (one NAT gateway shared by every zone) or per-zone."
  type        = string
  default     = "single"

  validation {
    condition     = contains(["none", "single", "per-zone"], var.nat_gateways)
    error_message = "nat_gateways must be none, single or per-zone."
  }
}

variable "interface_endpoints" {
  description = "AWS services reached through interface endpoints in the private subnets (ecr.api, ecr.dkr, logs, secretsmanager, ssm, sts, sqs, bedrock-runtime)."
  type        = list(string)
  default     = []
}

variable "flow_log_retention_in_days" {
  description = "Retention of the VPC flow logs."
  type        = number
  default     = 365
}

variable "vpc_id" {
  description = "An existing VPC to use (bring your own): no network is created."
  type        = string
  default     = null
}

variable "public_subnet_ids" {
  description = "Public subnets of the existing VPC (with vpc_id)."
  type        = list(string)
  default     = []
}

variable "private_subnet_ids" {
  description = "Private subnets of the existing VPC (with vpc_id)."
  type        = list(string)
  default     = []
}

variable "data_subnet_ids" {
  description = "Isolated subnets of the existing VPC for databases and caches (with vpc_id)."
  type        = list(string)
  default     = []
}

variable "security_groups" {
  description = "One security group per network principal, keyed \"<kind>:<name>\"."
  type = map(object({
    name        = string
    description = string
  }))
  default = {}
}

variable "connections" {
  description = "Who may connect to whom: `from` and `to` are keys of security_groups; opens ingress on `to` from `from`'s group and egress on `from` to `to`'s group, TCP `port` only."
  type = map(object({
    from        = string
    to          = string
    port        = number
    description = string
  }))
  default = {}
}

variable "internet_ingress" {
  description = "Ingress from anywhere (0.0.0.0/0): the load balancers' 443 and 80 only."
  type = map(object({
    security_group = string
    port           = number
    description    = string
  }))
  default = {}
}

variable "https_egress" {
  description = "Security groups (keys) that may call HTTPS out: AWS APIs through the endpoints, and the internet through NAT when there is one."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to the provider's default tags."
  type        = map(string)
  default     = {}
}
