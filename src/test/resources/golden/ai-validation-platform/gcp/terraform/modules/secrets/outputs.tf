output "ids" {
  description = "Secret IDs by secret ID (for IAM bindings)."
  value       = { for k, s in google_secret_manager_secret.this : k => s.secret_id }
}
