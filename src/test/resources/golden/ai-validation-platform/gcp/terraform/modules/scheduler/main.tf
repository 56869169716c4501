resource "google_cloud_scheduler_job" "this" {
  project          = var.project
  region           = var.region
  name             = var.name
  schedule         = var.schedule
  time_zone        = var.time_zone
  attempt_deadline = "180s"

  retry_config {
    retry_count = var.retry_count
  }

  http_target {
    http_method = "POST"
    uri         = "https://run.googleapis.com/v2/projects/${var.project}/locations/${var.region}/jobs/${var.job_name}:run"

    oauth_token {
      service_account_email = var.invoker_email
      scope                 = "https://www.googleapis.com/auth/cloud-platform"
    }
  }
}
