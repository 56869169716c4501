output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "api_domain_targets" {
  description = "For APIs with a custom domain: the domain name its DNS record points at (alias or CNAME), by spec name."
  value = {
    public = module.api_public.dns_name
  }
}

output "api_domain_zone_ids" {
  description = "Hosted zone ID of each of those targets, for a Route 53 alias record, by spec name."
  value = {
    public = module.api_public.zone_id
  }
}

output "api_urls" {
  description = "Base URLs of the APIs, by spec name."
  value = {
    public = module.api_public.base_url
  }
}

output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    assets  = module.bucket_assets.bucket_name
    reports = module.bucket_reports.bucket_name
  }
}

output "cache_addresses" {
  description = "Primary endpoints of the caches, by spec name."
  value = {
    queue = module.cache_queue.primary_endpoint_address
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

output "cost_report_role_arn" {
  description = "Role GitHub Actions' scheduled cost report assumes (the GitHub environment's AWS_COST_REPORT_ROLE_ARN)."
  value       = module.github_oidc.cost_report_role_arn
}

output "data_subnet_ids" {
  description = "Isolated subnets (databases, caches)."
  value       = module.network.data_subnet_ids
}

output "database_addresses" {
  description = "Host names of the databases, by spec name."
  value = {
    main = module.database_main.address
  }
}

output "database_secret_arns" {
  description = "ARNs of the RDS-managed master credentials secrets, by spec name."
  value = {
    main = module.database_main.master_user_secret_arn
  }
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes to deploy (role-to-assume)."
  value       = module.github_oidc.role_arn
}

output "ecr_repository_urls" {
  description = "ECR repository URLs by function, service and job."
  value       = module.ecr.repository_urls
}

output "ecs_cluster_name" {
  description = "Name of the ECS cluster."
  value       = module.ecs_cluster.cluster_name
}

output "job_task_definitions" {
  description = "Task definition families of the jobs (aws ecs run-task), by spec name."
  value = {
    migrate        = module.job_migrate.task_definition_family
    report-cleanup = module.job_report_cleanup.task_definition_family
  }
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

output "service_log_groups" {
  description = "CloudWatch log groups of the services, by spec name."
  value = {
    api          = module.service_api.log_group_name
    orchestrator = module.service_orchestrator.log_group_name
    web          = module.service_web.log_group_name
  }
}

output "service_names" {
  description = "ECS service names by spec name."
  value = {
    api          = module.service_api.service_name
    orchestrator = module.service_orchestrator.service_name
    web          = module.service_web.service_name
  }
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}
