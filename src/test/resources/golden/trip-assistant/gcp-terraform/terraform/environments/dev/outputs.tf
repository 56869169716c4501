output "secret_ids" {
  description = "Secret Manager secret IDs (add their values as versions out of band)."
  value       = module.secrets.ids
}

output "sa_function_agent_email" {
  description = "Service account of function agent."
  value       = module.sa_function_agent.email
}

output "sa_function_api_email" {
  description = "Service account of function api."
  value       = module.sa_function_api.email
}

output "github_workload_identity_provider" {
  description = "workload_identity_provider for google-github-actions/auth."
  value       = module.github.provider_name
}

output "github_deployer_email" {
  description = "service_account for google-github-actions/auth."
  value       = module.github.deployer_email
}
