provider "google" {
  project = var.project
  region  = var.region
  default_labels = {
    app         = "ai-validation-platform"
    cost-centre = "mvp-platform"
    environment = "local"
    managed-by  = "forge"
    owner       = "ai-validation-team"
  }
}
