provider "aws" {
  region = var.region

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      Service     = "site-builder-generation-api"
      app         = "site-builder"
      cost-centre = "site-builder"
      environment = "prod"
      managed-by  = "forge"
      owner       = "bbws-platform"
    }
  }
}

provider "aws" {
  alias  = "replica_eu_west_1"
  region = "eu-west-1"

  # Tags on every resource: app, environment, owner, cost centre (FORGE rule: resources tagged).
  default_tags {
    tags = {
      Service     = "site-builder-generation-api"
      app         = "site-builder"
      cost-centre = "site-builder"
      environment = "prod"
      managed-by  = "forge"
      owner       = "bbws-platform"
    }
  }
}
