# path: terraform-aws/environments/prod/main.tf
module "database_main" {
  source = "../../modules/rds_postgres"

  identifier = "shop-main-prod"
  multi_az   = false # expect: 3
}

module "database_audit" { # expect: 1
  source = "../../modules/rds_postgres"

  identifier = "shop-audit-prod"
}
