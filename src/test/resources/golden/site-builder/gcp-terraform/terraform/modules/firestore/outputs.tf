output "name" {
  description = "Database ID."
  value       = google_firestore_database.this.name
}
