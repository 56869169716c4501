provider "google" {
  project = var.project
  region  = var.region
  default_labels = {
    service     = "site-builder-generation-api"
    app         = "site-builder"
    cost-centre = "site-builder"
    environment = "sit"
    managed-by  = "forge"
    owner       = "bbws-platform"
  }
}
