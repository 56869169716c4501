provider "aws" {
  region              = var.region
  allowed_account_ids = ["333333333333"]

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      app         = "ai-validation-platform"
      cost-centre = "mvp-platform"
      environment = "prod"
      managed-by  = "forge"
      owner       = "ai-validation-team"
    }
  }
}
