provider "google" {
  project = var.project
  region  = var.region
  default_labels = {
    app         = "forge-platform"
    component   = "forge"
    environment = "prod"
    managed-by  = "forge"
    owner       = "arcfoundry"
  }
}
