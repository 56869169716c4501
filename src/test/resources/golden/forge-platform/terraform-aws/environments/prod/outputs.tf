output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "api_domain_targets" {
  description = "For APIs with a custom domain: the domain name its DNS record points at (alias or CNAME), by spec name."
  value = {
    web = module.api_web.dns_name
  }
}

output "api_domain_zone_ids" {
  description = "Hosted zone ID of each of those targets, for a Route 53 alias record, by spec name."
  value = {
    web = module.api_web.zone_id
  }
}

output "api_urls" {
  description = "Base URLs of the APIs, by spec name."
  value = {
    web = module.api_web.base_url
  }
}

output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    artifacts = module.bucket_artifacts.bucket_name
  }
}

output "cache_addresses" {
  description = "Primary endpoints of the caches, by spec name."
  value = {
    sessions = module.cache_sessions.primary_endpoint_address
  }
}

output "data_subnet_ids" {
  description = "Isolated subnets (databases, caches)."
  value       = module.network.data_subnet_ids
}

output "database_addresses" {
  description = "Host names of the databases, by spec name."
  value = {
    platform = module.database_platform.address
  }
}

output "database_secret_arns" {
  description = "ARNs of the RDS-managed master credentials secrets, by spec name."
  value = {
    platform = module.database_platform.master_user_secret_arn
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

output "function_alias_arns" {
  description = "ARNs of the functions' `live` aliases (what APIs and triggers invoke), by spec name."
  value = {
    convergence-worker = module.function_convergence_worker.alias_arn
    parser             = module.function_parser.alias_arn
    run-report         = module.function_run_report.alias_arn
  }
}

output "function_artifact_bucket" {
  description = "S3 bucket CI uploads the functions' zips to (the GitHub environment's FUNCTION_ARTIFACT_BUCKET)."
  value       = var.function_artifact_bucket != null ? var.function_artifact_bucket : one(module.ci_artifacts[*].bucket_name)
}

output "function_log_groups" {
  description = "CloudWatch log group names of the functions, by spec name."
  value = {
    convergence-worker = module.function_convergence_worker.log_group_name
    parser             = module.function_parser.log_group_name
    run-report         = module.function_run_report.log_group_name
  }
}

output "function_names" {
  description = "Function names by spec name."
  value = {
    convergence-worker = module.function_convergence_worker.function_name
    parser             = module.function_parser.function_name
    run-report         = module.function_run_report.function_name
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

output "queue_urls" {
  description = "Queue URLs by spec name."
  value = {
    convergence-jobs = module.queue_convergence_jobs.queue_url
    run-audit        = module.queue_run_audit.queue_url
  }
}

output "security_group_ids" {
  description = "Security group of each network principal, keyed \"<kind>:<name>\"."
  value       = module.network.security_group_ids
}

output "service_log_groups" {
  description = "CloudWatch log groups of the services, by spec name."
  value = {
    api = module.service_api.log_group_name
    ui  = module.service_ui.log_group_name
  }
}

output "service_names" {
  description = "ECS service names by spec name."
  value = {
    api = module.service_api.service_name
    ui  = module.service_ui.service_name
  }
}

output "topic_arns" {
  description = "Topic ARNs by spec name."
  value = {
    run-events = module.topic_run_events.topic_arn
  }
}

output "vpc_id" {
  description = "ID of the VPC."
  value       = module.network.vpc_id
}

output "web_acl_arns" {
  description = "ARNs of the web ACLs in front of the load balancers, by API."
  value = {
    web = module.waf_web.web_acl_arn
  }
}
