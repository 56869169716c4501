# path: terraform-aws/environments/prod/main.tf
module "database_main" {
  source = "../../modules/rds_postgres"

  deletion_protection = true
  final_snapshot      = false # expect: 3
}
