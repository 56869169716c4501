output "bucket_sites_name" {
  description = "Name of bucket sites."
  value       = module.bucket_sites.name
}

output "sa_function_generation_email" {
  description = "Service account of function generation."
  value       = module.sa_function_generation.email
}

output "sa_function_agents_email" {
  description = "Service account of function agents."
  value       = module.sa_function_agents.email
}

output "sa_function_validation_email" {
  description = "Service account of function validation."
  value       = module.sa_function_validation.email
}

output "github_workload_identity_provider" {
  description = "workload_identity_provider for google-github-actions/auth."
  value       = module.github.provider_name
}

output "github_deployer_email" {
  description = "service_account for google-github-actions/auth."
  value       = module.github.deployer_email
}
