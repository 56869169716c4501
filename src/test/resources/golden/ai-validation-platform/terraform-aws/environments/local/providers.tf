provider "aws" {
  region = var.region

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      app         = "ai-validation-platform"
      cost-centre = "mvp-platform"
      environment = "local"
      managed-by  = "forge"
      owner       = "ai-validation-team"
    }
  }
}
