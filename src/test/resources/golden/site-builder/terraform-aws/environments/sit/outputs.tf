output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "api_urls" {
  description = "Base URLs of the APIs, by spec name."
  value = {
    generation-api = module.api_generation_api.api_endpoint
  }
}

output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    sites = module.bucket_sites.bucket_name
  }
}

output "cdn_distribution_ids" {
  description = "CloudFront distribution IDs (for invalidations), by spec name."
  value = {
    sites = module.bucket_sites.bucket_cdn_distribution_id
  }
}

output "cdn_domain_names" {
  description = "CloudFront domain names of the buckets with a CDN, by spec name."
  value = {
    sites = module.bucket_sites.bucket_cdn_domain_name
  }
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes to deploy (role-to-assume)."
  value       = module.github_oidc.role_arn
}

output "function_alias_arns" {
  description = "ARNs of the functions' `live` aliases (what APIs and triggers invoke), by spec name."
  value = {
    agents     = module.function_agents.alias_arn
    generation = module.function_generation.alias_arn
    validation = module.function_validation.alias_arn
  }
}

output "function_artifact_bucket" {
  description = "S3 bucket CI uploads the functions' zips to (the GitHub environment's FUNCTION_ARTIFACT_BUCKET)."
  value       = var.function_artifact_bucket != null ? var.function_artifact_bucket : one(module.ci_artifacts[*].bucket_name)
}

output "function_log_groups" {
  description = "CloudWatch log group names of the functions, by spec name."
  value = {
    agents     = module.function_agents.log_group_name
    generation = module.function_generation.log_group_name
    validation = module.function_validation.log_group_name
  }
}

output "function_names" {
  description = "Function names by spec name."
  value = {
    agents     = module.function_agents.function_name
    generation = module.function_generation.function_name
    validation = module.function_validation.function_name
  }
}

output "table_names" {
  description = "Table names by spec name."
  value = {
    agent-sessions = module.table_agent_sessions.table_name
    generations    = module.table_generations.table_name
  }
}
