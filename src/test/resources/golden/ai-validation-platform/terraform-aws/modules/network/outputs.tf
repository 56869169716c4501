output "vpc_id" {
  description = "ID of the VPC."
  value       = local.vpc_id
}

output "vpc_cidr" {
  description = "Address range of the VPC."
  value       = var.cidr
}

output "public_subnet_ids" {
  description = "Public subnets, one per zone (load balancers)."
  value       = local.public_subnet_ids
}

output "private_subnet_ids" {
  description = "Private subnets, one per zone (services, jobs, functions)."
  value       = local.private_subnet_ids
}

output "data_subnet_ids" {
  description = "Isolated subnets, one per zone, with no route out of the VPC (databases, caches)."
  value       = local.data_subnet_ids
}

output "security_group_ids" {
  description = "Security group of each network principal, keyed \"<kind>:<name>\"."
  value       = { for k, sg in aws_security_group.this : k => sg.id }
}

output "endpoint_security_group_id" {
  description = "Security group of the interface endpoints (null without any)."
  value       = one(aws_security_group.endpoints[*].id)
}

output "nat_public_ips" {
  description = "Public addresses the private subnets reach the internet from (allow-list them)."
  value       = aws_eip.nat[*].public_ip
}

output "flow_log_group_name" {
  description = "CloudWatch log group of the VPC flow logs (null for an existing VPC)."
  value       = one(aws_cloudwatch_log_group.flow_logs[*].name)
}
