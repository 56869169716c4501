provider "google" {
  project = var.project
  region  = var.region
  default_labels = {
    app         = "trip-assistant"
    environment = "dev"
    managed-by  = "forge"
    owner       = "trip-assistant-team"
  }
}
