provider "aws" {
  region = var.region

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      app         = "trip-assistant"
      environment = "prod"
      managed-by  = "forge"
      owner       = "trip-assistant-team"
    }
  }
}
