output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "api_urls" {
  description = "Base URLs of the APIs, by spec name."
  value = {
    public = module.api_public.api_endpoint
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

output "function_alias_arns" {
  description = "ARNs of the functions' `live` aliases (what APIs and triggers invoke), by spec name."
  value = {
    agent = module.function_agent.alias_arn
    api   = module.function_api.alias_arn
  }
}

output "function_log_groups" {
  description = "CloudWatch log group names of the functions, by spec name."
  value = {
    agent = module.function_agent.log_group_name
    api   = module.function_api.log_group_name
  }
}

output "function_names" {
  description = "Function names by spec name."
  value = {
    agent = module.function_agent.function_name
    api   = module.function_api.function_name
  }
}
