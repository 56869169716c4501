output "name" {
  description = "Repository ID."
  value       = google_artifact_registry_repository.this.repository_id
}

output "url" {
  description = "Docker host and path images are pushed to."
  value       = "${var.location}-docker.pkg.dev/${google_artifact_registry_repository.this.project}/${google_artifact_registry_repository.this.repository_id}"
}
