# path: terraform-aws/environments/prod/main.tf
module "database_main" {
  source = "../../modules/rds_postgres"

  backup_retention_period = 14
}
