# path: terraform-aws/environments/prod/main.tf
module "database_main" {
  source = "../../modules/rds_postgres"

  identifier = "shop-main-prod"
  multi_az   = true
}
