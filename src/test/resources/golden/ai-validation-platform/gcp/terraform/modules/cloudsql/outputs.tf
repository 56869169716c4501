output "instance_name" {
  description = "Name of the instance."
  value       = google_sql_database_instance.this.name
}

output "connection_name" {
  description = "PROJECT:REGION:INSTANCE, for the Cloud SQL connector and Cloud Run."
  value       = google_sql_database_instance.this.connection_name
}

output "private_ip" {
  description = "Private IP address of the instance."
  value       = google_sql_database_instance.this.private_ip_address
}

output "database_name" {
  description = "Database name."
  value       = google_sql_database.this.name
}

output "user_name" {
  description = "The app's database user."
  value       = google_sql_user.app.name
}

output "password_secret_id" {
  description = "Secret Manager secret holding the user's password (its ID)."
  value       = google_secret_manager_secret.password.secret_id
}
