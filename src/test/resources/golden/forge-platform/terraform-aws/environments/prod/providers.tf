provider "aws" {
  region = var.region

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      app         = "forge-platform"
      component   = "forge"
      environment = "prod"
      managed-by  = "forge"
      owner       = "arcfoundry"
    }
  }
}
