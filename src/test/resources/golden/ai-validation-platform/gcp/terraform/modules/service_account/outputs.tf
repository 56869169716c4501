output "email" {
  description = "The account's e-mail."
  value       = google_service_account.this.email
}

output "name" {
  description = "The account's resource name (projects/.../serviceAccounts/EMAIL)."
  value       = google_service_account.this.name
}

output "member" {
  description = "serviceAccount:EMAIL, for IAM members."
  value       = "serviceAccount:${google_service_account.this.email}"
}
