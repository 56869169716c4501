output "network_name" {
  description = "VPC network (Cloud Run Direct VPC egress: network)."
  value       = module.network.network_name
}

output "subnet_name" {
  description = "Subnet (Cloud Run Direct VPC egress: subnetwork)."
  value       = module.network.subnet_name
}

output "database_platform_connection_name" {
  description = "Cloud SQL connection name of database platform."
  value       = module.database_platform.connection_name
}

output "database_platform_password_secret" {
  description = "Secret Manager secret holding database platform's app password."
  value       = module.database_platform.password_secret_id
}

output "cache_sessions_host" {
  description = "Private IP of cache sessions."
  value       = module.cache_sessions.host
}

output "bucket_artifacts_name" {
  description = "Name of bucket artifacts."
  value       = module.bucket_artifacts.name
}

output "secret_ids" {
  description = "Secret Manager secret IDs (add their values as versions out of band)."
  value       = module.secrets.ids
}

output "artifact_registry_url" {
  description = "Where CI pushes images (tagged by commit SHA)."
  value       = module.artifact_registry.url
}

output "sa_service_api_email" {
  description = "Service account of service api."
  value       = module.sa_service_api.email
}

output "sa_service_ui_email" {
  description = "Service account of service ui."
  value       = module.sa_service_ui.email
}

output "sa_function_convergence_worker_email" {
  description = "Service account of function convergence-worker."
  value       = module.sa_function_convergence_worker.email
}

output "sa_function_parser_email" {
  description = "Service account of function parser."
  value       = module.sa_function_parser.email
}

output "sa_function_run_report_email" {
  description = "Service account of function run-report."
  value       = module.sa_function_run_report.email
}

output "github_workload_identity_provider" {
  description = "workload_identity_provider for google-github-actions/auth."
  value       = module.github.provider_name
}

output "github_deployer_email" {
  description = "service_account for google-github-actions/auth."
  value       = module.github.deployer_email
}
