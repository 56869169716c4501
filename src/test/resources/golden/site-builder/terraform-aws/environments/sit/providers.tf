provider "aws" {
  region = var.region

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      Service     = "site-builder-generation-api"
      app         = "site-builder"
      cost-centre = "site-builder"
      environment = "sit"
      managed-by  = "forge"
      owner       = "bbws-platform"
    }
  }
}
