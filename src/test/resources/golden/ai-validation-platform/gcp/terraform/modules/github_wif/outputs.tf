output "provider_name" {
  description = "Full name of the workload identity provider (google-github-actions/auth's workload_identity_provider)."
  value       = google_iam_workload_identity_pool_provider.github.name
}

output "deployer_email" {
  description = "E-mail of the deployer service account."
  value       = google_service_account.deployer.email
}
