output "alarm_topic_arn" {
  description = "SNS topic the alarms notify."
  value       = module.monitoring.alarm_topic_arn
}

output "api_url" {
  description = "Base URL of the API."
  value       = module.api_generation_api.api_endpoint
}

output "bucket_names" {
  description = "Bucket names by spec name."
  value = {
    sites = module.bucket_sites.bucket_name
  }
}

output "deploy_role_arn" {
  description = "Role GitHub Actions assumes to deploy (role-to-assume)."
  value       = module.github_oidc.role_arn
}

output "function_names" {
  description = "Function names by spec name."
  value = {
    agents     = module.function_agents.function_name
    generation = module.function_generation.function_name
    validation = module.function_validation.function_name
  }
}

output "generation_api_api_url" {
  description = "Base URL of API generation-api."
  value       = module.api_generation_api.api_endpoint
}

output "table_names" {
  description = "Table names by spec name."
  value = {
    agent-sessions = module.table_agent_sessions.table_name
    generations    = module.table_generations.table_name
  }
}
