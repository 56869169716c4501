output "network_name" {
  description = "VPC network (Cloud Run Direct VPC egress: network)."
  value       = module.network.network_name
}

output "subnet_name" {
  description = "Subnet (Cloud Run Direct VPC egress: subnetwork)."
  value       = module.network.subnet_name
}

output "database_main_connection_name" {
  description = "Cloud SQL connection name of database main."
  value       = module.database_main.connection_name
}

output "database_main_password_secret" {
  description = "Secret Manager secret holding database main's app password."
  value       = module.database_main.password_secret_id
}

output "cache_queue_host" {
  description = "Private IP of cache queue."
  value       = module.cache_queue.host
}

output "bucket_reports_name" {
  description = "Name of bucket reports."
  value       = module.bucket_reports.name
}

output "bucket_assets_name" {
  description = "Name of bucket assets."
  value       = module.bucket_assets.name
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

output "sa_service_orchestrator_email" {
  description = "Service account of service orchestrator."
  value       = module.sa_service_orchestrator.email
}

output "sa_service_web_email" {
  description = "Service account of service web."
  value       = module.sa_service_web.email
}

output "sa_job_migrate_email" {
  description = "Service account of job migrate."
  value       = module.sa_job_migrate.email
}

output "sa_job_report_cleanup_email" {
  description = "Service account of job report-cleanup."
  value       = module.sa_job_report_cleanup.email
}

output "github_workload_identity_provider" {
  description = "workload_identity_provider for google-github-actions/auth."
  value       = module.github.provider_name
}

output "github_deployer_email" {
  description = "service_account for google-github-actions/auth."
  value       = module.github.deployer_email
}
