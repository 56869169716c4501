provider "google" {
  project = var.project
  region  = var.region
  default_labels = {
    app         = "trip-assistant"
    environment = "prod"
    managed-by  = "forge"
    owner       = "trip-assistant-team"
  }
}
