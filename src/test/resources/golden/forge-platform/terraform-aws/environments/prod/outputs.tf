output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    artifacts = module.bucket_artifacts.bucket_name
  }
}

output "data_subnet_ids" {
  description = "Isolated subnets (databases, caches)."
  value       = module.network.data_subnet_ids
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes to deploy (role-to-assume)."
  value       = module.github_oidc.role_arn
}

output "function_alias_arns" {
  description = "ARNs of the functions' `live` aliases (what APIs and triggers invoke), by spec name."
  value = {
    convergence-worker = module.function_convergence_worker.alias_arn
    parser             = module.function_parser.alias_arn
    run-report         = module.function_run_report.alias_arn
  }
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
