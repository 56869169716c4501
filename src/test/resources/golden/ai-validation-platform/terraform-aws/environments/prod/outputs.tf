output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    assets  = module.bucket_assets.bucket_name
    reports = module.bucket_reports.bucket_name
  }
}

output "cdn_distribution_ids" {
  description = "CloudFront distribution IDs (for invalidations), by spec name."
  value = {
    assets = module.bucket_assets.bucket_cdn_distribution_id
  }
}

output "cdn_domain_names" {
  description = "CloudFront domain names of the buckets with a CDN, by spec name."
  value = {
    assets = module.bucket_assets.bucket_cdn_domain_name
  }
}

output "data_subnet_ids" {
  description = "Isolated subnets (databases, caches)."
  value       = module.network.data_subnet_ids
}

output "private_subnet_ids" {
  description = "Private subnets (services, jobs, functions)."
  value       = module.network.private_subnet_ids
}

output "public_subnet_ids" {
  description = "Public subnets (load balancers)."
  value       = module.network.public_subnet_ids
}

output "security_group_ids" {
  description = "Security group of each network principal, keyed \"<kind>:<name>\"."
  value       = module.network.security_group_ids
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}
