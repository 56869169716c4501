provider "aws" {
  region              = var.region
  allowed_account_ids = ["222222222222"]

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      app         = "ai-validation-platform"
      cost-centre = "mvp-platform"
      environment = "staging"
      managed-by  = "forge"
      owner       = "ai-validation-team"
    }
  }
}
