resource "google_artifact_registry_repository" "this" {
  repository_id = var.name
  location      = var.location
  format        = "DOCKER"
  description   = "Container images built by CI."

  docker_config {
    immutable_tags = true
  }

  cleanup_policy_dry_run = false

  cleanup_policies {
    id     = "keep-recent"
    action = "KEEP"

    most_recent_versions {
      keep_count = 20
    }
  }
}
