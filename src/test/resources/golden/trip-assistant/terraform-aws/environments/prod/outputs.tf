output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "api_url" {
  description = "Base URL of the API."
  value       = module.api_public.api_endpoint
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes to deploy (role-to-assume)."
  value       = module.github_oidc.role_arn
}

output "ecr_repository_urls" {
  description = "ECR repository URLs by function."
  value       = module.ecr.repository_urls
}

output "function_names" {
  description = "Function names by spec name."
  value = {
    agent = module.function_agent.function_name
    api   = module.function_api.function_name
  }
}

output "public_api_url" {
  description = "Base URL of API public."
  value       = module.api_public.api_endpoint
}
